package dev.connect.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the tests: one per JVM, shared by every test class, each class in its own schema.
 *
 * <p>By default an embedded PostgreSQL (zonky binaries from Maven Central) is started on a free loopback port and
 * stopped when the JVM exits. When {@code CONNECT_TEST_POSTGRES_URL} is set (with {@code CONNECT_TEST_POSTGRES_USER}
 * and {@code CONNECT_TEST_POSTGRES_PASSWORD}) that server is used instead, and tests that must stop the server are
 * skipped.
 *
 * <p>PostgreSQL refuses to run as root; zonky 2.2 then runs its programs under {@code unshare -U} (an unprivileged
 * user namespace), which works in this build's containers. The data directory lives under {@code target/embedded-pg}.
 */
final class TestPostgres {

    private static final String POSTGRES_SUPERUSER = "postgres";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static TestPostgres shared;

    private final String externalUrl;
    private final String user;
    private final String password;
    private final Path dataDirectory;
    private final PgBinaryResolver resolver;
    private final Path workingDirectory;
    private EmbeddedPostgres embedded;
    private int port;

    private TestPostgres(String externalUrl, String user, String password) {
        this.externalUrl = externalUrl;
        this.user = user;
        this.password = password;
        this.dataDirectory = null;
        this.resolver = null;
        this.workingDirectory = null;
    }

    private TestPostgres(Path workingDirectory, Path dataDirectory, PgBinaryResolver resolver) {
        this.externalUrl = null;
        this.user = POSTGRES_SUPERUSER;
        this.password = "";
        this.workingDirectory = workingDirectory;
        this.dataDirectory = dataDirectory;
        this.resolver = resolver;
    }

    /** The JVM's server, started on first use. */
    static synchronized TestPostgres shared() {
        if (shared == null) {
            String url = System.getenv("CONNECT_TEST_POSTGRES_URL");
            if (url != null && !url.isBlank()) {
                shared = new TestPostgres(url, env("CONNECT_TEST_POSTGRES_USER", "postgres"),
                        env("CONNECT_TEST_POSTGRES_PASSWORD", ""));
            } else {
                shared = startEmbedded();
            }
        }
        return shared;
    }

    /** Whether the tests may stop and start this server (only the embedded one). */
    boolean canRestart() {
        return externalUrl == null;
    }

    /** A fresh, empty schema and JDBC settings whose connections use it. */
    JdbcSettings newSchema(int maxPoolSize) {
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        String base = baseUrl();
        try (Connection connection = DriverManager.getConnection(base, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + base, e);
        }
        String separator = base.contains("?") ? "&" : "?";
        return new JdbcSettings(base + separator + "currentSchema=" + schema, user, password, maxPoolSize);
    }

    private String baseUrl() {
        return externalUrl != null ? externalUrl : "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Stops the embedded server (fast shutdown: open transactions are rolled back). */
    synchronized void stop() {
        requireEmbedded();
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the embedded server again on the same data directory and port. */
    synchronized void start() {
        requireEmbedded();
        embedded = launch(workingDirectory, dataDirectory, resolver, port);
    }

    private void requireEmbedded() {
        if (externalUrl != null) {
            throw new IllegalStateException("an external PostgreSQL is not stopped by the tests");
        }
    }

    private static TestPostgres startEmbedded() {
        try {
            Path target = Paths.get("target").toAbsolutePath();
            Path working = Files.createDirectories(target.resolve("embedded-pg"));
            Path data = Files.createTempDirectory(working, "data-");
            PgBinaryResolver resolver = (system, machine) -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine);
            TestPostgres server = new TestPostgres(working, data, resolver);
            server.embedded = launch(working, data, resolver, 0);
            server.port = server.embedded.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.embedded.close();
                    // zonky's own shutdown hook may be stopping the server concurrently: wait for it
                    for (int i = 0; i < 100 && Files.exists(data.resolve("postmaster.pid")); i++) {
                        Thread.sleep(100);
                    }
                    deleteRecursively(data);
                } catch (IOException | RuntimeException | InterruptedException ignored) {
                    // the JVM is going away; target/ is cleaned by the build anyway
                }
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres launch(Path working, Path data, PgBinaryResolver resolver, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(working.toFile())
                    .setPgBinaryResolver(resolver)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // durability as in production, not zonky's test default
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
