package dev.connect.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL of the benchmark: an embedded PostgreSQL 17 (zonky binaries from Maven Central) with durable
 * commits — {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, as in production — or a
 * server given by URL. Each app run gets a fresh database (embedded) or schema (given server).
 */
final class BenchPostgres implements AutoCloseable {

    private static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L, 36);

    private final EmbeddedPostgres embedded;
    private final Path dataDirectory;
    private final String baseUrl;
    private final String user;
    private final String password;
    private int databases;

    private BenchPostgres(EmbeddedPostgres embedded, Path dataDirectory, String baseUrl, String user, String password) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    static BenchPostgres embedded(Path dataDirectory) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setPort(0)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
            return new BenchPostgres(postgres, dataDirectory, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/",
                    "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** A server of one's own, e.g. {@code jdbc:postgresql://localhost:5432/bench}; the user needs CREATE there. */
    static BenchPostgres given(String url, String user, String password) {
        return new BenchPostgres(null, null, url, user, password);
    }

    String describe() {
        return embedded != null ? "embedded PostgreSQL (fsync, synchronous_commit, full_page_writes on)"
                : "PostgreSQL at " + baseUrl.replaceAll("\\?.*", "");
    }

    /** A fresh, empty database (or schema) and the JDBC URL that uses it. */
    String freshDatabase(String name) throws SQLException {
        // a server of one's own keeps the schemas of earlier runs: the run's start time keeps each run's apart
        String unique = name + "_" + RUN + "_" + ++databases;
        if (embedded != null) {
            try (Connection admin = DriverManager.getConnection(baseUrl + "postgres", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + unique);
            }
            return baseUrl + unique;
        }
        try (Connection admin = DriverManager.getConnection(baseUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + unique);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + unique;
    }

    /**
     * The CPU time the embedded server has used so far — its postmaster, the backends and helpers it forked, and those
     * that have ended — in ns; -1 for a server given by URL, which may well run on another host.
     */
    long serverCpuNanos() {
        if (embedded == null) {
            return -1;
        }
        try {
            // postmaster.pid's first line is the server's process id
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcCpu.processTreeNanos(pid);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /**
     * What the database itself manages: small transactions (one single-row insert each) committed per second by
     * {@code connections} clients for {@code seconds} — the ceiling any intake on this server works under.
     */
    double commitsPerSecond(String url, int connections, double seconds) throws Exception {
        try (Connection setup = connect(url); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE commit_probe (id BIGSERIAL PRIMARY KEY, payload VARCHAR(200) NOT NULL)");
        }
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = connect(url);
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO commit_probe (payload) VALUES (?)")) {
                    while (System.nanoTime() < end) {
                        insert.setString(1, "a small row, as an inbox row is");
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return commits.get() * 1e9 / (System.nanoTime() - start);
    }

    /**
     * Rows inserted, updated or deleted in this database so far, and transactions committed, as PostgreSQL's
     * statistics count them. A backend reports its counts when it goes idle, at most every 10 s, so wait that long
     * after the work before asking.
     */
    long[] writesSoFar(String url) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            long rows;
            try (ResultSet result = statement.executeQuery("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) "
                    + "FROM pg_stat_user_tables")) {
                result.next();
                rows = result.getLong(1);
            }
            try (ResultSet result = statement.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                result.next();
                return new long[] {rows, result.getLong(1)};
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
