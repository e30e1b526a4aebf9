package dev.connect.adapters.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the durable stores live and how many connections they may use.
 *
 * <p>The default ({@link #embeddedDefault()}) is an H2 database file {@code ./data/connect.mv.db} in PostgreSQL
 * compatibility mode, created on first start. Any {@code jdbc:postgresql://…} URL selects PostgreSQL instead.
 * {@link #toString()} never shows the password.
 *
 * @param url               the JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…})
 * @param user              the database user; may be empty for H2
 * @param password          the database password; may be empty; never logged
 * @param maxPoolSize       the most connections the pool opens (1 to 200)
 * @param connectionTimeout how long a caller waits for a connection before the store reports itself unavailable
 */
public record JdbcSettings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

    /** The embedded default: an H2 file under {@code ./data}, in PostgreSQL mode. */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/connect;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
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
        return new JdbcSettings("jdbc:h2:file:" + path
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                DEFAULT_USER, "", DEFAULT_MAX_POOL_SIZE);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
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
