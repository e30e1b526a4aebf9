package dev.connect.adapters.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the durable stores live and how many connections they may use.
 *
 * <p>The default ({@link #embeddedDefault()}) is a SQLite database file {@code ./data/connect.db}, created with its
 * directory on first start (and filled with the data of an earlier version's H2 file beside it, see
 * {@link EarlierH2Import}). Any {@code jdbc:postgresql://…} URL selects PostgreSQL instead, and a {@code jdbc:h2:…}
 * URL H2 in PostgreSQL compatibility mode, the embedded default of earlier versions. {@link #toString()} never shows
 * the password.
 *
 * <p>SQLite runs with a write-ahead log and {@code synchronous=FULL}: a commit returns once it is in the log and the
 * log is forced to disk, so what was acknowledged survives a killed process and a power loss. The log is copied into
 * the database file in place (a checkpoint every 1,000 pages), so the file grows by what is stored, not by what is
 * written. Every write transaction takes SQLite's one write lock at its start ({@code transaction_mode=IMMEDIATE}):
 * writers queue for up to 10 s ({@code busy_timeout}) instead of failing half-way, and readers never wait. These are
 * set on every connection connect opens; a URL's own parameters take precedence.
 *
 * <p>On H2 every write transaction is followed by {@code CHECKPOINT SYNC} and a wait for H2's pending file writes
 * before anyone is told of it (see {@link #writeThrough()} and {@link H2PendingWrites}): what was acknowledged is in
 * the file and forced to disk, so it survives a killed process and a power loss. That frees H2's own write delay for
 * what it is also for: with {@code WRITE_DELAY} above zero (H2's default, 500 ms) its background thread compacts the
 * file; with {@code WRITE_DELAY=0} it never runs and the file grows by kilobytes per event.
 *
 * <p>Each H2 commit writes every B-tree page it changed, with their parents, as a new chunk of the file, and the space
 * of superseded chunks is reused only after H2's {@code RETENTION_TIME} (45 s), so under sustained intake the file
 * grows by kilobytes per event; that is why SQLite replaced it as the default (measurements in this module's README).
 *
 * @param url               the JDBC URL ({@code jdbc:sqlite:…}, {@code jdbc:postgresql://…} or {@code jdbc:h2:…})
 * @param user              the database user; may be empty for H2; not used by SQLite
 * @param password          the database password; may be empty; never logged
 * @param maxPoolSize       the most connections the pool opens (1 to 200)
 * @param connectionTimeout how long a caller waits for a connection before the store reports itself unavailable
 */
public record JdbcSettings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

    /** The options of every H2 database connect opens itself (see the class comment). */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    /** The embedded default: a SQLite file under {@code ./data}. */
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/connect.db";
    public static final String DEFAULT_USER = "sa";
    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        Dialect.of(url); // refuses any other database
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1 || maxPoolSize > 200) {
            throw new IllegalArgumentException("maxPoolSize must be between 1 and 200");
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms");
        }
    }

    public JdbcSettings(String url, String user, String password, int maxPoolSize) {
        this(url, user, password, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * The SQLite file {@code ./data/connect.db}, 10 connections. The first time it is opened beside the H2 file of an
     * earlier version ({@code ./data/connect.mv.db}), that one's data are moved into it ({@link EarlierH2Import}).
     */
    public static JdbcSettings embeddedDefault() {
        return new JdbcSettings(DEFAULT_URL, DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    /** A SQLite database file at {@code path} (created, with its directories, when it is not there). */
    public static JdbcSettings sqliteFile(Path path) {
        return new JdbcSettings("jdbc:sqlite:" + path, DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    /** An H2 file database at {@code path} (without the {@code .mv.db} suffix), in PostgreSQL mode. */
    public static JdbcSettings h2File(String path) {
        return new JdbcSettings("jdbc:h2:file:" + path + H2_OPTIONS, DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    public boolean isPostgres() {
        return dialect() == Dialect.POSTGRESQL;
    }

    Dialect dialect() {
        return Dialect.of(url);
    }

    /**
     * The file of a SQLite database named by its path ({@code jdbc:sqlite:./data/connect.db}); empty for other
     * databases, and for SQLite's in-memory and {@code file:} URI forms.
     */
    Optional<Path> sqliteFile() {
        if (dialect() != Dialect.SQLITE) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:sqlite:".length());
        int query = name.indexOf('?');
        name = query < 0 ? name : name.substring(0, query);
        if (name.isEmpty() || name.startsWith(":") || name.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(name));
    }

    /**
     * What makes a commit durable before it is reported, beyond the commit itself: on H2 {@code CHECKPOINT SYNC},
     * which writes everything committed into the file and forces it to disk, whatever the URL's {@code WRITE_DELAY}
     * (see the class comment); nothing on PostgreSQL and SQLite, whose commits are durable ({@code synchronous_commit},
     * {@code synchronous=FULL}).
     */
    Optional<String> writeThrough() {
        return dialect() == Dialect.H2 ? Optional.of("CHECKPOINT SYNC") : Optional.empty();
    }

    /**
     * How many of the inbox's group-commit writers may have a batch under way at once ({@link GroupCommit}). On
     * PostgreSQL two, so that one batch's round trips overlap the other's commit. On SQLite and H2 one: their commits
     * take turns anyway (SQLite has one write lock; H2 waits for {@code CHECKPOINT SYNC}), and with a single writer the
     * events that arrive meanwhile make one batch instead of two (the JDBC README has the measurements).
     */
    int commitWriters() {
        return isPostgres() ? 2 : 1;
    }

    @Override
    public String toString() {
        return "JdbcSettings[url=" + redactedUrl() + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout + "]";
    }

    /** The URL without query parameters or H2 settings, which might carry a password. */
    public String redactedUrl() {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return cut < url.length() ? url.substring(0, cut) + "…" : url;
    }
}
