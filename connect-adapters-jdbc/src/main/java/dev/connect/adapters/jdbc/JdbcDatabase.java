package dev.connect.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.port.out.health.DependencyHealthPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The durable stores' entry point: opens a connection pool on the configured database, brings its schema up to date
 * (Flyway, {@code classpath:db/migration}, on every start; already-applied migrations are skipped) and hands out the
 * store adapters. Close it on shutdown.
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.open(JdbcSettings.embeddedDefault());
 * WebhookInboxPort ledger = db.webhookInbox();          // records and applies events, in shared commits
 * LinkedAccountQueryPort accounts = db.linkedAccounts();
 * }</pre>
 */
public final class JdbcDatabase implements AutoCloseable {

    /** How connect's connections name themselves to PostgreSQL ({@code pg_stat_activity.application_name}). */
    static final String APPLICATION_NAME = "connect";

    private final JdbcSettings settings;
    private final HikariDataSource dataSource;
    private final Sql sql;
    private final StorageHealth health;
    private final GroupCommit commits;
    private final JdbcWebhookInbox webhookInbox;
    private final JdbcLinkedAccountStore linkedAccounts;
    private final MigrationVersion migratedTo;
    private final JdbcAuthLinkStore authLinks;

    private JdbcDatabase(JdbcSettings settings, HikariDataSource dataSource, MigrationVersion migratedTo) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.migratedTo = migratedTo;
        this.health = new StorageHealth(Clock.systemUTC());
        this.sql = new Sql(dataSource, settings.dialect(), health, settings.writeThrough());
        this.commits = new GroupCommit(sql, settings.connectionTimeout(), settings.commitWriters());
        this.webhookInbox = new JdbcWebhookInbox(sql, commits);
        this.linkedAccounts = new JdbcLinkedAccountStore(sql);
        this.authLinks = new JdbcAuthLinkStore(sql);
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws StorageUnavailableException when the database cannot be reached or migrated (the message names the
     *                                     URL without its parameters, never the password)
     */
    public static JdbcDatabase open(JdbcSettings settings) {
        return open(settings, Optional.empty());
    }

    /**
     * As {@link #open(JdbcSettings)}, recording the pool's metrics ({@code hikaricp.connections…}) and the registry's
     * size by state ({@code connect.linked.accounts}) in {@code meters}.
     */
    public static JdbcDatabase open(JdbcSettings settings, MeterRegistry meters) {
        return open(settings, Optional.of(meters));
    }

    private static JdbcDatabase open(JdbcSettings settings, Optional<MeterRegistry> meters) {
        Objects.requireNonNull(settings, "settings");
        createDirectories(settings);
        EarlierH2Import.runIfDue(settings);
        HikariDataSource dataSource;
        try {
            HikariConfig config = poolConfig(settings);
            meters.ifPresent(registry -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("cannot connect to the database at " + settings.redactedUrl()
                    + " as '" + settings.user() + "': " + describe(e), sanitisedCause(e));
        }
        MigrationVersion migratedTo;
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(settings.dialect().migrations())
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            migratedTo = Arrays.stream(flyway.info().applied()).map(applied -> applied.getVersion())
                    .filter(Objects::nonNull).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StorageUnavailableException("cannot migrate the database schema at " + settings.redactedUrl()
                    + ": " + describe(e), sanitisedCause(e));
        }
        requireWriteThrough(settings, dataSource);
        JdbcDatabase database = new JdbcDatabase(settings, dataSource, migratedTo);
        meters.ifPresent(database::registerGauges);
        return database;
    }

    private void registerGauges(MeterRegistry meters) {
        new StateCountGauges(sql, meters, System::nanoTime).register("connect.linked.accounts", "linked_account",
                "state", Arrays.stream(LinkedAccountState.values()).map(StoredValues::state).toList(),
                "linked accounts in the registry, by state");
        // as stored: a pending link past its expiry counts as pending until the sweep marks it expired
        new StateCountGauges(sql, meters, System::nanoTime).register("connect.auth.links", "auth_link", "state",
                Arrays.stream(AuthLinkState.values()).map(StoredValues::linkState).toList(), "auth links, by state");
    }

    /** SQLite creates a missing file but not its directories; H2 and PostgreSQL need nothing. */
    private static void createDirectories(JdbcSettings settings) {
        Optional<Path> directory = settings.sqliteFile().map(file -> file.toAbsolutePath().getParent());
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
        } catch (IOException | RuntimeException e) {
            throw new StorageUnavailableException("cannot create the directory of the database at "
                    + settings.redactedUrl() + ": " + describe(e), null);
        }
    }

    /** Finds out at start-up, not at the first delivery, when the user may not make commits durable (H2: admin). */
    private static void requireWriteThrough(JdbcSettings settings, HikariDataSource dataSource) {
        if (settings.writeThrough().isEmpty()) {
            return;
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(settings.writeThrough().get());
        } catch (SQLException e) {
            dataSource.close();
            throw new StorageUnavailableException("the database user '" + settings.user() + "' at "
                    + settings.redactedUrl() + " may not run " + settings.writeThrough().get()
                    + ", which connect needs to make each commit durable (on H2 the user must be an admin, as 'sa' is): "
                    + describe(e), e);
        }
    }

    /** The inbox; records and applies events atomically with the registry. */
    public JdbcWebhookInbox webhookInbox() {
        return webhookInbox;
    }

    /** The linked-account registry, for reading. */
    public JdbcAuthLinkStore authLinks() {
        return authLinks;
    }

    public JdbcLinkedAccountStore linkedAccounts() {
        return linkedAccounts;
    }

    /** The storage's health as its own reads and writes found it: failing while the latest of either failed. */
    public DependencyHealthPort health() {
        return health;
    }

    public JdbcSettings settings() {
        return settings;
    }

    /** Whether a connection can be had and answers, within the connection timeout: for a health check. */
    public boolean isAvailable() {
        try {
            return sql.read("check its connection", connection -> {
                if (!connection.isValid((int) Math.max(1, settings.connectionTimeout().toSeconds()))) {
                    throw new SQLException("connection is not valid", "08006");
                }
                return true;
            });
        } catch (StorageUnavailableException e) {
            return false;
        }
    }

    /**
     * Whether the database answers and its schema is still at least the version this build migrated it to, with no
     * failed migration: for the readiness probe's background check. Waits at most the connection timeout.
     */
    public boolean isReady() {
        try {
            return sql.read("read the schema's migrations", connection -> {
                try (PreparedStatement history = connection.prepareStatement(
                        "SELECT \"version\", \"success\" FROM flyway_schema_history WHERE \"version\" IS NOT NULL");
                     ResultSet rows = history.executeQuery()) {
                    MigrationVersion latest = MigrationVersion.EMPTY;
                    while (rows.next()) {
                        if (!rows.getBoolean(2)) {
                            return false; // a failed migration: the schema is in between versions
                        }
                        MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                        latest = version.compareTo(latest) > 0 ? version : latest;
                    }
                    return latest.compareTo(migratedTo) >= 0;
                }
            });
        } catch (StorageUnavailableException unavailable) {
            return false;
        }
    }

    /**
     * Closes every pooled connection (idle ones now, busy ones when they are returned), as the pool does to each at the
     * end of its lifetime: for tests that nothing depends on one particular connection staying open.
     */
    void retirePooledConnections() {
        dataSource.getHikariPoolMXBean().softEvictConnections();
    }

    /** Records what is still queued, then closes the pool. */
    @Override
    public void close() {
        commits.close();
        dataSource.close();
    }

    @Override
    public String toString() {
        return "JdbcDatabase[" + settings + "]";
    }

    private static HikariConfig poolConfig(JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("connect-jdbc");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        int minimumIdle = Math.min(2, settings.maxPoolSize());
        config.setMinimumIdle(minimumIdle);
        long timeout = settings.connectionTimeout().toMillis();
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, timeout / 2));
        config.setInitializationFailTimeout(timeout);
        if (minimumIdle < settings.maxPoolSize()) {
            config.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        }
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        if (settings.dialect() == Dialect.SQLITE) {
            // see JdbcSettings; SQLite's transactions are serializable, and it knows no other isolation to ask for
            config.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("busy_timeout", "10000");
        } else {
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        }
        if (settings.isPostgres()) {
            config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        }
        return config;
    }

    /** The failure's class and SQLState, without driver messages that might quote the URL. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 300; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && Sql.stateOf(sql) != null) {
                text.append(" (SQLState ").append(Sql.stateOf(sql)).append(')');
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    /** Keeps the SQLException (for its state and stack) but not exceptions whose messages may quote the URL. */
    private static Throwable sanitisedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
