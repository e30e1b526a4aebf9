package dev.connect.adapters.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the durable stores live and how many connections they may use.
 *
 * <p>The default ({@link #embeddedDefault()}) is an H2 database file {@code ./data/connect.mv.db} in PostgreSQL
 * compatibility mode, created on first start. Any {@code jdbc:postgresql://…} URL selects PostgreSQL instead.
 * {@link #toString()} never shows the password.
 *
 * <p>On H2 every write transaction is followed by {@code CHECKPOINT SYNC} and a wait for H2's pending file writes
 * before anyone is told of it (see {@link #writeThrough()} and {@link H2PendingWrites}): what was acknowledged is in
 * the file and forced to disk, so it survives a killed process and a power loss. That frees H2's own write delay for
 * what it is also for: with {@code WRITE_DELAY} above zero (H2's default, 500 ms) its background thread compacts the
 * file; with {@code WRITE_DELAY=0} it never runs and the file grows by kilobytes per event.
 *
 * <p>Each commit writes every B-tree page it changed, with their parents, as a new chunk of the file, and the space of
 * superseded chunks is reused only after H2's {@code RETENTION_TIME} (45 s), so under sustained intake the file grows
 * by kilobytes per event. H2's page size and retention stay: smaller pages made the file smaller but halved the
 * intake, and a 1 s retention lost acknowledged events to {@code kill -9} (measurements in this module's README).
 *
 * @param url               the JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…})
 * @param user              the database user; may be empty for H2
 * @param password          the database password; may be empty; never logged
 * @param maxPoolSize       the most connections the pool opens (1 to 200)
 * @param connectionTimeout how long a caller waits for a connection before the store reports itself unavailable
 */
public record JdbcSettings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

    /** The options of every H2 database connect opens itself (see the class comment). */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    /** The embedded default: an H2 file under {@code ./data}, in PostgreSQL mode. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/connect" + H2_OPTIONS;
    public static final String DEFAULT_USER = "sa";
    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("url must be a jdbc:h2: or jdbc:postgresql: URL");
        }
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

    /** The embedded H2 file {@code ./data/connect} with user {@code sa}, no password, 10 connections. */
    public static JdbcSettings embeddedDefault() {
        return new JdbcSettings(DEFAULT_URL, DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    /** An H2 file database at {@code path} (without the {@code .mv.db} suffix), in PostgreSQL mode. */
    public static JdbcSettings h2File(String path) {
        return new JdbcSettings("jdbc:h2:file:" + path + H2_OPTIONS, DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * What makes a commit durable before it is reported, beyond the commit itself: on H2 {@code CHECKPOINT SYNC},
     * which writes everything committed into the file and forces it to disk, whatever the URL's {@code WRITE_DELAY}
     * (see the class comment); nothing on PostgreSQL, whose commit is durable ({@code synchronous_commit}).
     */
    Optional<String> writeThrough() {
        return isPostgres() ? Optional.empty() : Optional.of("CHECKPOINT SYNC");
    }

    /**
     * How many of the inbox's group-commit writers may have a batch under way at once ({@link GroupCommit}). On
     * PostgreSQL two, so that one batch's round trips overlap the other's commit. On H2 one: its commits take turns
     * anyway (each waits for {@code CHECKPOINT SYNC}), and with a single writer the events that arrive meanwhile make
     * one batch instead of two, so fewer chunks are written (the JDBC README has the measurements).
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
