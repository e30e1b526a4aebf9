package dev.connect.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;

/**
 * What differs between the databases connect runs on; the stores' SQL is otherwise the same on all three.
 *
 * <ul>
 *   <li>PostgreSQL and H2 (in PostgreSQL mode) store instants as {@code TIMESTAMP WITH TIME ZONE}, look rows up by a
 *       list of keys with {@code = ANY(?)} and one array parameter, and lock rows with {@code FOR UPDATE}.</li>
 *   <li>SQLite has none of these: instants are {@code INTEGER} microseconds since the epoch (UTC; they sort and
 *       compare as the instants do), a list of keys is {@code IN (?, …)}, and there are no row locks to take: each
 *       write transaction holds the database's one write lock from its start ({@code BEGIN IMMEDIATE}, see
 *       {@link JdbcSettings}), which serialises writers more strictly than the row locks do elsewhere.</li>
 * </ul>
 */
enum Dialect {
    POSTGRESQL, H2, SQLITE;

    static Dialect of(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("url must be a jdbc:sqlite:, jdbc:h2: or jdbc:postgresql: URL");
    }

    /** Where the schema's migrations are: SQLite has its own, in its types (see {@code db/sqlite}). */
    String migrations() {
        return this == SQLITE ? "classpath:db/sqlite" : "classpath:db/migration";
    }

    /** What follows a {@code SELECT} whose rows the transaction will change: nothing on SQLite (see above). */
    String forUpdate() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }

    /** A condition that {@code column} is one of {@code count} keys, bound by {@link #bindKeys}. */
    String isOneOf(String column, int count) {
        if (this == SQLITE) {
            return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
        }
        return column + " = ANY(?)";
    }

    /** Binds the keys of {@link #isOneOf} from {@code index}; returns the next index. */
    int bindKeys(Connection connection, PreparedStatement statement, int index, Collection<String> keys)
            throws SQLException {
        if (this == SQLITE) {
            int next = index;
            for (String key : keys) {
                statement.setString(next++, key);
            }
            return next;
        }
        statement.setArray(index, connection.createArrayOf("VARCHAR", keys.toArray()));
        return index + 1;
    }

    void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (this == SQLITE) {
            statement.setLong(index, Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
                    instant.getNano() / 1_000));
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, this == SQLITE ? Types.BIGINT : Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** The instant in {@code column}, or null when the column is null. */
    Instant getInstant(ResultSet rows, String column) throws SQLException {
        if (this == SQLITE) {
            long micros = rows.getLong(column);
            if (rows.wasNull()) {
                return null;
            }
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
        }
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
