package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded H2 file closed or crashed under deliveries: nothing half-written, the redelivery succeeds. */
class H2OutageTest {

    @Test
    void aClosedDatabaseIsUnavailableAndAfterReopeningTheRedeliverySucceeds() {
        Path path = H2Files.newPath();
        AccountEvent created = TestEvents.created().account("acc-h2").build();
        AccountEvent deleted = TestEvents.deleted().account("acc-h2").at(TestEvents.T0.plusSeconds(60)).build();
        JdbcDatabase first = JdbcDatabase.open(H2Files.settings(path));
        Deliveries deliveries = new Deliveries(first);
        assertThat(deliveries.deliver(created)).isInstanceOf(Result.Applied.class);
        first.close();

        assertThatThrownBy(() -> deliveries.deliver(deleted)).isInstanceOf(StorageUnavailableException.class);
        assertThat(first.isAvailable()).isFalse();

        try (JdbcDatabase second = JdbcDatabase.open(H2Files.settings(path))) {
            Deliveries again = new Deliveries(second);
            assertThat(again.deliver(created)).as("recorded before the outage").isInstanceOf(Result.Duplicate.class);
            assertThat(again.deliver(deleted)).isInstanceOf(Result.Applied.class);
            assertThat(second.linkedAccounts().findById(deleted.accountId()).orElseThrow().state())
                    .isEqualTo(LinkedAccountState.DELETED);
        }
    }

    @Test
    void aCrashUnderConcurrentDeliveriesLosesNoAcknowledgedEventAndHalfWritesNothing() throws Exception {
        Path path = H2Files.newPath();
        JdbcSettings settings = H2Files.settings(path);
        List<AccountEvent> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(TestEvents.created().account("acc-crash-" + i).build());
        }
        Map<AccountEvent, Boolean> acknowledged = new ConcurrentHashMap<>();
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            Deliveries deliveries = new Deliveries(database);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch someDone = new CountDownLatch(40);
            for (AccountEvent event : events) {
                pool.submit(() -> {
                    try {
                        acknowledged.put(event, deliveries.deliver(event) instanceof Result.Applied);
                    } catch (StorageUnavailableException unavailable) {
                        acknowledged.put(event, false);
                    } finally {
                        someDone.countDown();
                    }
                });
            }
            assertThat(someDone.await(30, TimeUnit.SECONDS)).isTrue();
            try (Connection killer = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
                killer.createStatement().execute("SHUTDOWN IMMEDIATELY");
            } catch (java.sql.SQLException closedUnderUs) {
                // the database may close the very connection that shut it down
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (JdbcDatabase reopened = JdbcDatabase.open(settings)) {
            Deliveries again = new Deliveries(reopened);
            int lost = 0;
            for (AccountEvent event : events) {
                boolean recorded = reopened.webhookInbox().isRecorded(event.deduplicationKey());
                boolean registered = reopened.linkedAccounts().findById(event.accountId()).isPresent();
                assertThat(recorded).as("inbox row and account of %s go together", event.accountId()).isEqualTo(registered);
                if (Boolean.TRUE.equals(acknowledged.get(event))) {
                    assertThat(recorded).as("acknowledged %s survives the crash", event.accountId()).isTrue();
                }
                lost += recorded ? 0 : 1;
                assertThat(again.deliver(event)).isInstanceOf(recorded ? Result.Duplicate.class : Result.Applied.class);
            }
            assertThat(reopened.linkedAccounts().findById(events.get(199).accountId())).isPresent();
            System.out.println("H2 crash: " + lost + " of 200 deliveries were not acknowledged and were redelivered");
        }
    }
}
