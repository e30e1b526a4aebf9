package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Group commit on both databases: deliveries that arrive while a commit is under way share the next transaction, and
 * one event whose rows the database refuses fails alone while the others of its batch commit.
 *
 * <p>To make the batches certain rather than likely, an operator's transaction holds the row locks of one account
 * per writer: each writer's transaction for one of those accounts' events waits on it, the other deliveries queue
 * meanwhile, and when the locks are released they are taken together.
 */
class GroupCommitTest {

    private static final int QUEUED = 40;

    static Stream<?> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deliveriesArrivingDuringACommitShareTheNextTransaction(Supplier<JdbcSettings> settings) throws Exception {
        try (HeldCommit held = new HeldCommit(settings.get())) {
            GroupCommit.Stats before = held.commits.stats();

            Map<String, Future<Result>> deliveries = held.deliverWhileHeld(accounts("acc-queued-"));

            for (Future<Result> delivery : deliveries.values()) {
                assertThat(delivery.get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
            }
            GroupCommit.Stats after = held.commits.stats();
            assertThat(after.events() - before.events()).isEqualTo(QUEUED + held.writers);
            assertThat(after.transactions() - before.transactions())
                    .as("the held events' transactions, then one for all that queued meanwhile")
                    .isEqualTo(held.writers + 1);
            for (String account : deliveries.keySet()) {
                assertThat(held.database.linkedAccounts().findById(new AccountId(account))).isPresent();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEventWhoseRowsTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchCommits(Supplier<JdbcSettings> settings)
            throws Exception {
        try (HeldCommit held = new HeldCommit(settings.get())) {
            new Refusals(held.operator, held.database.settings())
                    .refuse("linked_account", "refuse_one_ck", "account_id <> 'acc-refused'");
            List<String> accounts = new ArrayList<>(accounts("acc-fine-"));
            accounts.set(QUEUED / 2, "acc-refused");

            Map<String, Future<Result>> deliveries = held.deliverWhileHeld(accounts);

            for (Map.Entry<String, Future<Result>> delivery : deliveries.entrySet()) {
                AccountId account = new AccountId(delivery.getKey());
                if (delivery.getKey().equals("acc-refused")) {
                    assertThatThrownBy(() -> delivery.getValue().get(30, TimeUnit.SECONDS))
                            .isInstanceOf(ExecutionException.class)
                            .hasCauseInstanceOf(StorageUnavailableException.class);
                    assertThat(held.database.linkedAccounts().findById(account)).isEmpty();
                    assertThat(held.database.webhookInbox().isRecorded(TestEvents.created().account(delivery.getKey())
                            .build().deduplicationKey())).as("nothing of the refused event").isFalse();
                } else {
                    assertThat(delivery.getValue().get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
                    assertThat(held.database.linkedAccounts().findById(account)).isPresent();
                }
            }
        }
    }

    private static List<String> accounts(String prefix) {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < QUEUED; i++) {
            accounts.add(prefix + i);
        }
        return accounts;
    }

    /**
     * A database with one account per writer ({@code acc-held-1}, …), an operator's connection that can hold their rows,
     * and senders. While the rows are held, each writer's transaction for one of those accounts' next event waits on
     * it, so whatever is delivered meanwhile queues for the next transaction.
     */
    private static final class HeldCommit implements AutoCloseable {

        final JdbcDatabase database;
        final Connection operator;
        final GroupCommit commits;
        final int writers;
        private final Deliveries deliveries;
        private final ExecutorService senders;

        HeldCommit(JdbcSettings where) throws Exception {
            writers = where.commitWriters();
            senders = Executors.newFixedThreadPool(QUEUED + writers);
            database = JdbcDatabase.open(where);
            operator = DriverManager.getConnection(where.url(), where.user(), where.password());
            commits = database.webhookInbox().commits();
            deliveries = new Deliveries(database);
            for (int writer = 1; writer <= writers; writer++) {
                deliveries.deliver(TestEvents.created().account("acc-held-" + writer).build());
            }
        }

        /**
         * Holds the rows, delivers an update of each held account (each writer takes one and waits) and then the
         * {@code account.created} of each of {@code accounts}; lets go of the rows once all of those queue. The
         * deliveries by account, the held ones included.
         */
        Map<String, Future<Result>> deliverWhileHeld(List<String> accounts) throws Exception {
            operator.setAutoCommit(false);
            try (PreparedStatement lock = operator.prepareStatement( // the rows, or all of SQLite's one write lock
                    "UPDATE linked_account SET state = state WHERE account_id LIKE 'acc-held-%'")) {
                lock.executeUpdate();
            }
            Map<String, Future<Result>> results = new LinkedHashMap<>();
            for (int writer = 1; writer <= writers; writer++) {
                String account = "acc-held-" + writer;
                results.put(account, senders.submit(() -> deliveries.deliver(
                        TestEvents.updated().account(account).at(TestEvents.T0.plusSeconds(60)).build())));
                int taken = writer;
                await(() -> commits.inFlight() == taken, "a writer takes the delivery of " + account);
            }
            for (String account : accounts) {
                results.put(account, senders.submit(() -> deliveries.deliver(TestEvents.created().account(account).build())));
            }
            await(() -> commits.queued() == accounts.size(), "the deliveries queue behind the held commits");
            assertThat(results.values()).as("no answer before the commit").noneMatch(Future::isDone);
            operator.rollback();
            return results;
        }

        @Override
        public void close() throws Exception {
            senders.shutdownNow();
            operator.close();
            database.close();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
