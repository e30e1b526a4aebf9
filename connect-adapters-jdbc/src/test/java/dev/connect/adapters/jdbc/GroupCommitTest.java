package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
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
 * <p>To make the batches certain rather than likely, an operator's transaction holds the row lock of one account:
 * the writer's transaction for that account's event waits on it, the other deliveries queue meanwhile, and when the
 * lock is released they are taken together.
 */
class GroupCommitTest {

    private static final int QUEUED = 40;

    static Stream<?> databases() {
        return PooledConnectionRotationTest.databases();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deliveriesArrivingDuringACommitShareTheNextTransaction(Supplier<JdbcSettings> settings) throws Exception {
        JdbcSettings where = settings.get();
        ExecutorService senders = Executors.newFixedThreadPool(QUEUED + 1);
        try (JdbcDatabase database = JdbcDatabase.open(where);
             Connection operator = DriverManager.getConnection(where.url(), where.user(), where.password())) {
            Deliveries deliveries = new Deliveries(database);
            GroupCommit commits = database.webhookInbox().commits();
            deliveries.deliver(TestEvents.created().account("acc-held").build());
            GroupCommit.Stats before = commits.stats();

            Future<Result> held = holdWhile(operator, commits, senders,
                    () -> deliveries.deliver(TestEvents.updated().account("acc-held").at(TestEvents.T0.plusSeconds(60)).build()));
            List<Future<Result>> queued = new ArrayList<>();
            for (int i = 0; i < QUEUED; i++) {
                AccountEvent event = TestEvents.created().account("acc-queued-" + i).build();
                queued.add(senders.submit(() -> deliveries.deliver(event)));
            }
            await(() -> commits.queued() == QUEUED, "the deliveries queue behind the held commit");
            assertThat(held.isDone()).as("no answer before the commit").isFalse();
            operator.rollback();

            assertThat(held.get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
            for (Future<Result> delivery : queued) {
                assertThat(delivery.get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
            }
            GroupCommit.Stats after = commits.stats();
            assertThat(after.events() - before.events()).isEqualTo(QUEUED + 1);
            assertThat(after.transactions() - before.transactions())
                    .as("the held event's transaction, then one for all that queued meanwhile").isEqualTo(2);
            for (int i = 0; i < QUEUED; i++) {
                assertThat(database.linkedAccounts().findById(new AccountId("acc-queued-" + i))).isPresent();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEventWhoseRowsTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchCommits(Supplier<JdbcSettings> settings)
            throws Exception {
        JdbcSettings where = settings.get();
        ExecutorService senders = Executors.newFixedThreadPool(QUEUED + 1);
        try (JdbcDatabase database = JdbcDatabase.open(where);
             Connection operator = DriverManager.getConnection(where.url(), where.user(), where.password())) {
            Deliveries deliveries = new Deliveries(database);
            GroupCommit commits = database.webhookInbox().commits();
            try (Statement refuse = operator.createStatement()) {
                refuse.execute("ALTER TABLE linked_account ADD CONSTRAINT refuse_one_ck CHECK (account_id <> 'acc-refused')");
            }
            deliveries.deliver(TestEvents.created().account("acc-held").build());

            Future<Result> held = holdWhile(operator, commits, senders,
                    () -> deliveries.deliver(TestEvents.updated().account("acc-held").at(TestEvents.T0.plusSeconds(60)).build()));
            Map<String, Future<Result>> queued = new LinkedHashMap<>();
            for (int i = 0; i < QUEUED; i++) {
                String account = i == QUEUED / 2 ? "acc-refused" : "acc-fine-" + i;
                queued.put(account, senders.submit(() -> deliveries.deliver(TestEvents.created().account(account).build())));
            }
            await(() -> commits.queued() == QUEUED, "the deliveries queue behind the held commit");
            operator.rollback();

            assertThat(held.get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
            for (Map.Entry<String, Future<Result>> delivery : queued.entrySet()) {
                AccountId account = new AccountId(delivery.getKey());
                if (delivery.getKey().equals("acc-refused")) {
                    assertThatThrownBy(() -> delivery.getValue().get(30, TimeUnit.SECONDS))
                            .isInstanceOf(ExecutionException.class)
                            .hasCauseInstanceOf(StorageUnavailableException.class);
                    assertThat(database.linkedAccounts().findById(account)).isEmpty();
                    assertThat(database.webhookInbox().isRecorded(TestEvents.created().account(delivery.getKey())
                            .build().deduplicationKey())).as("nothing of the refused event").isFalse();
                } else {
                    assertThat(delivery.getValue().get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Applied.class);
                    assertThat(database.linkedAccounts().findById(account)).isPresent();
                }
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Locks the row of {@code acc-held} in the operator's open transaction, starts {@code delivery} (whose transaction
     * then waits on that lock) and returns once the writer has taken it, so that everything delivered next queues.
     */
    private static Future<Result> holdWhile(Connection operator, GroupCommit commits, ExecutorService senders,
                                            java.util.concurrent.Callable<Result> delivery) throws Exception {
        operator.setAutoCommit(false);
        try (PreparedStatement lock = operator.prepareStatement(
                "SELECT account_id FROM linked_account WHERE account_id = 'acc-held' FOR UPDATE")) {
            lock.executeQuery().close();
        }
        Future<Result> held = senders.submit(delivery);
        await(() -> commits.inFlight() == 1, "the writer takes the held delivery");
        return held;
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
