package dev.connect.adapters.jdbc;

import static dev.connect.adapters.jdbc.Deliveries.pending;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the intake's batch transaction waits on its round trips, not on the database's work: about 0.9 ms per
 * trip on the loaded two-core machine of {@code docs/benchmarks.md}, against tens of microseconds of work per
 * statement. So its reads go in one trip and its writes in another, whatever the batch holds, and the commit goes with
 * the writes unless a count must be checked first (an account's update). An update that names no owner needs one more
 * read, for the links of the owner the registry has.
 */
class PostgresRoundTripsTest {

    private static final Instant LATER = TestEvents.T0.plusSeconds(60);

    @Test
    void newAndDuplicateEventsTakeOneTripForTheReadsAndOneForTheWritesWithTheCommit() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            AccountEvent known = TestEvents.created().account("acc-known").build();
            assertThat(new Deliveries(database).deliver(known)).isInstanceOf(Result.Applied.class);
            List<PendingRecording> batch = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                batch.add(pending(TestEvents.created().account("acc-new-" + i).build()));
            }
            batch.add(pending(known)); // delivered before: a duplicate

            List<InboxBatch.Decision> decisions = writeCountingTrips(settings, batch, 2);

            assertThat(decisions).extracting(InboxBatch.Decision::recording)
                    .filteredOn(Recording.Recorded.class::isInstance).hasSize(8);
            assertThat(decisions.get(8).recording()).isInstanceOf(Recording.Duplicate.class);
            assertThat(database.linkedAccounts().findById(new AccountId("acc-new-8")).orElseThrow().state())
                    .isEqualTo(LinkedAccountState.LINKED);
        }
    }

    @Test
    void aChangedAccountIsCommittedInAThirdTripAfterItsUpdateCountWasChecked() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            assertThat(new Deliveries(database).deliver(TestEvents.created().account("acc-known").build()))
                    .isInstanceOf(Result.Applied.class);
            List<PendingRecording> batch = List.of(
                    pending(TestEvents.created().account("acc-new").build()),
                    pending(TestEvents.updated().account("acc-known").at(LATER).build()));

            writeCountingTrips(settings, batch, 3);

            assertThat(database.linkedAccounts().findById(new AccountId("acc-known")).orElseThrow().lastEventDate())
                    .isEqualTo(LATER);
            assertThat(database.linkedAccounts().findById(new AccountId("acc-new"))).isPresent();
        }
    }

    @Test
    void anUpdateThatNamesNoOwnerCostsOneMoreTripForItsOwnersLinks() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            assertThat(new Deliveries(database).deliver(TestEvents.created().account("acc-owned").build()))
                    .isInstanceOf(Result.Applied.class);

            List<InboxBatch.Decision> decisions = writeCountingTrips(settings, List.of(pending(TestEvents.updated()
                    .account("acc-owned").bare().at(LATER).build())), 4);

            assertThat(decisions.get(0).recording()).isInstanceOf(Recording.Recorded.class);
        }
    }

    /** Writes the batch in one committed transaction on a connection of its own, asserting its round trips. */
    private static List<InboxBatch.Decision> writeCountingTrips(JdbcSettings settings, List<PendingRecording> batch,
                                                                int expectedTrips) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.url() + "&socketFactory="
                + RoundTripCountingSocketFactory.class.getName(), settings.user(), settings.password())) {
            warmUp(connection); // the driver's first use of an array type looks the type up: not the batch's cost
            int before = RoundTripCountingSocketFactory.roundTrips();
            connection.setAutoCommit(false);
            List<InboxBatch.Decision> decisions = InboxBatch.write(Dialect.POSTGRESQL, connection, batch);
            connection.commit();
            assertThat(RoundTripCountingSocketFactory.roundTrips() - before).as("round trips").isEqualTo(expectedTrips);
            return decisions;
        }
    }

    private static void warmUp(Connection connection) throws SQLException, Sql.RetryTransaction {
        connection.setAutoCommit(false);
        InboxBatch.write(Dialect.POSTGRESQL, connection,
                List.of(pending(TestEvents.created().account("acc-warm-up").owner("owner-warm", "Warm Ltd").build())));
        connection.commit();
        connection.setAutoCommit(true);
    }
}
