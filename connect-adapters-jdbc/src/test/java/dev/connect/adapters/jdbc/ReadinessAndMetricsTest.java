package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the readiness probe and the metrics read from the database, on H2 and PostgreSQL. */
class ReadinessAndMetricsTest {

    @Test
    void readyWhileReachableAndMigratedOnH2() throws Exception {
        assertReadiness(H2Files.settings(H2Files.newPath()));
    }

    @Test
    void readyWhileReachableAndMigratedOnPostgres() throws Exception {
        assertReadiness(TestPostgres.shared().newSchema(2));
    }

    private static void assertReadiness(JdbcSettings settings) throws Exception {
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            assertThat(database.isReady()).isTrue();

            try (Connection operator = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement statement = operator.createStatement()) {
                statement.execute("UPDATE flyway_schema_history SET success = FALSE WHERE version = '2'");
                assertThat(database.isReady()).as("a migration that failed half-way").isFalse();
                statement.execute("UPDATE flyway_schema_history SET success = TRUE WHERE version = '2'");
                assertThat(database.isReady()).isTrue();
                statement.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
                assertThat(database.isReady()).as("a schema behind this build").isFalse();
            }
        }
    }

    @Test
    void aClosedDatabaseIsNotReady() {
        JdbcDatabase database = JdbcDatabase.open(H2Files.settings(H2Files.newPath()));
        database.close();

        assertThat(database.isReady()).isFalse();
    }

    @Test
    void theRegistryBySizeAndThePoolAreMeasured() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JdbcDatabase database = JdbcDatabase.open(H2Files.settings(H2Files.newPath()), meters)) {
            Deliveries deliveries = new Deliveries(database);
            deliveries.deliver(TestEvents.created().account("acc-m1").build());
            deliveries.deliver(TestEvents.created().account("acc-m2").build());
            deliveries.deliver(TestEvents.deleted().account("acc-m3").build());

            assertThat(gauge(meters, "linked")).isEqualTo(2);
            assertThat(gauge(meters, "deleted")).isEqualTo(1);
            assertThat(meters.find("hikaricp.connections.max").tag("pool", "connect-jdbc").gauge().value())
                    .isEqualTo(10);
            assertThat(meters.find("hikaricp.connections.active").gauge()).isNotNull();
        }
    }

    private static double gauge(SimpleMeterRegistry meters, String state) {
        Gauge gauge = meters.find("connect.linked.accounts").tag("state", state).gauge();
        assertThat(gauge).as(state).isNotNull();
        return gauge.value();
    }
}
