package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcDatabaseTest {

    @Test
    void migrationsRunOnceAndRestartsKeepTheData() throws Exception {
        assertRestartKeepsData(SqliteFiles.settings(SqliteFiles.newPath()), "/db/sqlite", "4");
    }

    @Test
    void migrationsRunOnceAndRestartsKeepTheDataOnH2() throws Exception {
        assertRestartKeepsData(H2Files.settings(H2Files.newPath()), "/db/migration", "1");
    }

    @Test
    void migrationsRunOnceAndRestartsKeepTheDataOnPostgres() throws Exception {
        assertRestartKeepsData(TestPostgres.shared().newSchema(2), "/db/migration", "1");
    }

    private static void assertRestartKeepsData(JdbcSettings settings, String migrations, String firstVersion)
            throws Exception {
        AccountEvent created = TestEvents.created().account("acc-restart").build();
        try (JdbcDatabase first = JdbcDatabase.open(settings)) {
            assertThat(new Deliveries(first).deliver(created)).isInstanceOf(Result.Applied.class);
        }
        for (int restart = 0; restart < 2; restart++) {
            try (JdbcDatabase again = JdbcDatabase.open(settings)) {
                assertThat(again.linkedAccounts().findById(created.accountId())).isPresent();
                assertThat(new Deliveries(again).deliver(created)).isInstanceOf(Result.Duplicate.class);
            }
        }
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT count(*), count(DISTINCT version), min(version) FROM flyway_schema_history "
                             + "WHERE success AND version IS NOT NULL")) {
            rows.next();
            assertThat(rows.getInt(1)).as("each migration ran once").isEqualTo(migrationScripts(migrations))
                    .isEqualTo(rows.getInt(2));
            assertThat(rows.getString(3)).isEqualTo(firstVersion);
        }
    }

    private static int migrationScripts(String folder) throws Exception {
        try (var scripts = java.nio.file.Files.list(Path.of(JdbcDatabase.class.getResource(folder).toURI()))) {
            return (int) scripts.filter(script -> script.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    @Test
    void anUnreachableDatabaseIsUnavailableWithoutShowingThePassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JdbcSettings settings = new JdbcSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/connect?sslmode=disable",
                "connect", "hunter2-secret", 2, Duration.ofSeconds(1));

        long started = System.nanoTime();
        assertThatThrownBy(() -> JdbcDatabase.open(settings))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:" + closedPort + "/connect")
                .hasMessageNotContaining("hunter2-secret")
                .hasMessageNotContaining("sslmode")
                .satisfies(e -> {
                    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2-secret");
                    }
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void settingsHaveAnEmbeddedDefaultAndNeverShowThePassword() {
        JdbcSettings defaults = JdbcSettings.embeddedDefault();
        assertThat(defaults.url()).isEqualTo("jdbc:sqlite:./data/connect.db");
        assertThat(defaults.user()).isEqualTo("sa");
        assertThat(defaults.password()).isEmpty();
        assertThat(defaults.maxPoolSize()).isEqualTo(10);
        assertThat(defaults.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.isPostgres()).isFalse();

        JdbcSettings postgres = new JdbcSettings("jdbc:postgresql://db:5432/connect?password=inurl", "app", "hunter2", 20);
        assertThat(postgres.isPostgres()).isTrue();
        assertThat(postgres.toString()).doesNotContain("hunter2").doesNotContain("inurl").contains("***");
        assertThat(postgres.redactedUrl()).isEqualTo("jdbc:postgresql://db:5432/connect…");

        for (var invalid : List.<Runnable>of(
                () -> new JdbcSettings("jdbc:mysql://x/y", "u", "p", 5),
                () -> new JdbcSettings("jdbc:h2:mem:x", "u", "p", 0),
                () -> new JdbcSettings("jdbc:h2:mem:x", "u", "p", 201),
                () -> new JdbcSettings("jdbc:h2:mem:x", "u", "p", 5, Duration.ofMillis(10)))) {
            assertThatThrownBy(invalid::run).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anH2UserWhoMayNotSyncIsRefusedAtStartUpNotAtTheFirstDelivery() throws Exception {
        // a URL without connect's options, which only an admin may set on connecting
        JdbcSettings admin = new JdbcSettings("jdbc:h2:file:" + H2Files.newPath(), "sa", "", 2);
        try (JdbcDatabase migrated = JdbcDatabase.open(admin);
             Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
            connection.createStatement().execute("CREATE USER writer PASSWORD 'writer-secret-pw'");
            connection.createStatement().execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA public TO writer");
        }
        JdbcSettings writer = new JdbcSettings(admin.url(), "writer", "writer-secret-pw", 2);

        assertThatThrownBy(() -> JdbcDatabase.open(writer))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("'writer'")
                .hasMessageContaining("CHECKPOINT SYNC")
                .hasMessageContaining("admin")
                .hasMessageNotContaining("writer-secret-pw");
    }

    @Test
    void theSqliteDefaultCreatesItsFileAndDirectories() {
        Path path = SqliteFiles.newPath().resolveSibling("nested").resolve("deeper").resolve("connect.db");
        try (JdbcDatabase database = JdbcDatabase.open(JdbcSettings.sqliteFile(path))) {
            assertThat(database.isAvailable()).isTrue();
            assertThat(database.isReady()).isTrue();
        }
        assertThat(path).exists();
    }

    @Test
    void theEmbeddedDefaultModeCreatesItsFileAndDirectories() {
        Path path = H2Files.newPath().resolve("nested").resolve("connect");
        try (JdbcDatabase database = JdbcDatabase.open(JdbcSettings.h2File(path.toString()))) {
            assertThat(database.isAvailable()).isTrue();
        }
        assertThat(path.resolveSibling("connect.mv.db")).exists();
    }
}
