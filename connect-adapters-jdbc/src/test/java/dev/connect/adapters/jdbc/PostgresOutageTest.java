package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.connect.domain.fakes.FakeAccountEventDecoder;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Command;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL stopped under a delivery: the intake answers "storage unavailable" (503) with nothing
 * half-written, and after the restart the sender's redelivery succeeds. Skipped on an external server, which the
 * tests do not stop.
 */
class PostgresOutageTest {

    private TestPostgres postgres;
    private JdbcSettings settings;
    private JdbcDatabase database;
    private Deliveries deliveries;

    @BeforeEach
    void open() {
        postgres = TestPostgres.shared();
        assumeTrue(postgres.canRestart(), "an external PostgreSQL is not stopped by the tests");
        JdbcSettings schema = postgres.newSchema(4);
        settings = new JdbcSettings(schema.url(), schema.user(), schema.password(), 4, Duration.ofSeconds(1));
        database = JdbcDatabase.open(settings);
        deliveries = new Deliveries(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theDatabaseStoppedInTheMiddleOfADeliveryLeavesNothingHalfWrittenAndTheRedeliverySucceeds() throws Exception {
        AccountEvent created = TestEvents.created().account("acc-outage").build();
        try (Connection blocker = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            // an uncommitted row with the same key makes the delivery wait on its own INSERT into linked_account,
            // after it has already inserted its inbox row: the middle of its transaction
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("INSERT INTO linked_account (account_id, provider, "
                    + "state, created_at, updated_at, last_event_type, last_event_date, last_event_order) "
                    + "VALUES ('acc-outage', 'x', 'linked', now(), now(), 'account.created', now(), 0)")) {
                insert.executeUpdate();
            }
            CompletableFuture<Result> delivery = CompletableFuture.supplyAsync(() -> deliveries.deliver(created));
            int deliveryBackend = awaitLockWait();

            // A fast shutdown signals every backend at once; if the blocker's went first, its lock would be released
            // and the delivery could still commit whole before its own signal landed. Ending the delivery's backend
            // first makes this run the outage in the middle of the transaction every time.
            terminate(deliveryBackend);
            postgres.stop();
            try {
                assertThatThrownBy(() -> delivery.get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOfSatisfying(StorageUnavailableException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE));
            } finally {
                postgres.start();
            }
        }

        assertThat(database.webhookInbox().findRecorded(created.deduplicationKey())).as("no inbox row").isEmpty();
        assertThat(database.linkedAccounts().findById(new AccountId("acc-outage"))).as("no account").isEmpty();

        assertThat(deliveries.deliver(created)).isInstanceOf(Result.Applied.class);
        assertThat(database.linkedAccounts().findById(new AccountId("acc-outage")).orElseThrow().state())
                .isEqualTo(LinkedAccountState.LINKED);
        assertThat(deliveries.deliver(created)).isInstanceOf(Result.Duplicate.class);
    }

    @Test
    void deliveriesWhileTheDatabaseIsDownAreUnavailableExceptForgedOnesAndLaterSucceed() throws Exception {
        AccountEvent created = TestEvents.created().account("acc-down").build();
        AccountEvent deleted = TestEvents.deleted().account("acc-down").at(TestEvents.T0.plusSeconds(60)).build();
        assertThat(deliveries.deliver(created)).isInstanceOf(Result.Applied.class);

        postgres.stop();
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> deliveries.deliver(deleted)).isInstanceOf(StorageUnavailableException.class)
                    .hasMessageNotContaining(settings.url());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThatThrownBy(() -> deliveries.service().receive(new Command(
                    FakeAccountEventDecoder.malformed("{", Instant.now()))))
                    .as("a malformed delivery cannot be kept: the sender should retry")
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> deliveries.service().receive(new Command(
                    FakeAccountEventDecoder.unsigned("{}", Instant.now()))))
                    .as("a forged delivery is refused whether or not it can be counted")
                    .isInstanceOfSatisfying(WebhookRejectedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
            assertThat(database.isAvailable()).isFalse();
        } finally {
            postgres.start();
        }

        awaitAvailable(database);
        assertThat(deliveries.deliver(deleted)).isInstanceOf(Result.Applied.class);
        assertThat(database.linkedAccounts().findById(new AccountId("acc-down")).orElseThrow().state())
                .isEqualTo(LinkedAccountState.DELETED);
    }

    /** The pool reconnects on its own within a few seconds of the restart, as a sender's retry would find. */
    static void awaitAvailable(JdbcDatabase database) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!database.isAvailable()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the pool did not reconnect after the restart");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the delivery blocks on the blocker's lock, and returns the process id of its backend. */
    private int awaitLockWait() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection watcher = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             PreparedStatement waiting = watcher.prepareStatement("SELECT pid FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO linked_account%'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the delivery never blocked in the middle of its transaction");
    }

    private void terminate(int backend) throws Exception {
        try (Connection admin = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, backend);
            try (ResultSet done = kill.executeQuery()) {
                assertThat(done.next() && done.getBoolean(1)).as("the delivery's backend was ended").isTrue();
            }
        }
    }
}
