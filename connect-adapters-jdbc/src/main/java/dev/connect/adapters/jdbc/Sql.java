package dev.connect.adapters.jdbc;

import dev.connect.adapters.jdbc.StorageHealth.Access;
import dev.connect.domain.model.error.StorageUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The JDBC plumbing shared by the stores: transactions with retry on transient conflicts, the mapping of database
 * failures to {@link StorageUnavailableException}, and instant conversions. Messages name the operation and the
 * SQLState, never the URL or credentials.
 */
final class Sql {

    /** How often a transaction is retried after a lock conflict, a deadlock or a lost connection. */
    static final int MAX_ATTEMPTS = 6;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final StorageHealth health;
    private final Optional<String> writeThrough;

    /**
     * @param writeThrough a statement that puts what was committed into the database's files, run after each commit
     *                     and before anyone is told of it; for a database whose commit alone does not (H2 with a
     *                     write delay: see {@link JdbcSettings})
     */
    Sql(DataSource dataSource, Dialect dialect, StorageHealth health, Optional<String> writeThrough) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.health = health;
        this.writeThrough = writeThrough;
    }

    Dialect dialect() {
        return dialect;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A unit of work that signals "roll back and run me again" (a conflict the database resolved against us). */
    static final class RetryTransaction extends Exception {
        RetryTransaction(SQLException cause) {
            super(null, cause, false, false);
        }
    }

    @FunctionalInterface
    interface TransactionalWork<T> {
        T run(Connection connection) throws SQLException, RetryTransaction;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. Retried (with a
     * short random back-off) after a conflict the database resolved against us, and once after a connection broke
     * mid-transaction; never when no connection could be had at all (the pool already waited its timeout).
     */
    <T> T inTransaction(String operation, TransactionalWork<T> work) {
        SQLException last = null;
        boolean reconnected = false;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Connection connection;
            try {
                connection = dataSource.getConnection();
            } catch (SQLException noConnection) {
                throw failed(Access.WRITE, operation, noConnection);
            }
            try (connection) {
                connection.setAutoCommit(false);
                T result = null;
                boolean committed = false;
                try {
                    result = work.run(connection);
                    connection.commit();
                    committed = true;
                } catch (RetryTransaction retry) {
                    rollbackQuietly(connection);
                    last = (SQLException) retry.getCause();
                } catch (SQLException | RuntimeException failure) {
                    rollbackQuietly(connection);
                    throw failure;
                } finally {
                    restoreAutoCommit(connection);
                }
                if (committed) {
                    writeThrough(connection, operation);
                    health.succeeded(Access.WRITE);
                    return result;
                }
            } catch (SQLException failure) {
                boolean connectionLost = isConnectionLoss(failure);
                if (connectionLost ? reconnected : !isConflict(failure)) {
                    throw failed(Access.WRITE, operation, failure);
                }
                reconnected |= connectionLost;
                last = failure;
            }
            backOff(attempt);
        }
        throw failed(Access.WRITE, operation + " (gave up after " + MAX_ATTEMPTS + " conflicting attempts)", last);
    }

    /**
     * Runs {@code work} on one connection in auto-commit mode; again on another connection while the ones handed out
     * turn out to be broken (after a database restart every pooled connection is, and the pool drops each one as it
     * fails), up to {@link #MAX_ATTEMPTS} times.
     */
    <T> T read(String operation, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                T result = work.run(connection);
                health.succeeded(Access.READ);
                return result;
            } catch (SQLException failure) {
                if (attempt >= MAX_ATTEMPTS || !isConnectionLoss(failure) || isPoolTimeout(failure)) {
                    throw failed(Access.READ, operation, failure);
                }
            }
        }
    }

    /**
     * Puts a commit into the database's files before it is reported. Not retried: the transaction is committed, so a
     * failure here is reported as unavailable, and the sender's retry finds the event recorded.
     */
    private void writeThrough(Connection connection, String operation) {
        if (writeThrough.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(writeThrough.get());
            H2PendingWrites.drain(connection);
        } catch (SQLException failure) {
            health.failed(Access.WRITE, operation, stateOf(failure));
            throw new StorageUnavailableException("the database could not write through what it committed to "
                    + operation + " (SQLState " + stateOf(failure) + "); a retry is safe", failure);
        }
    }

    /** Tells the storage's health, and gives the failure to throw. */
    private StorageUnavailableException failed(Access access, String operation, SQLException failure) {
        health.failed(access, operation, failure == null ? null : stateOf(failure));
        return unavailable(operation, failure);
    }

    private static StorageUnavailableException unavailable(String operation, SQLException failure) {
        String state = failure == null ? null : stateOf(failure);
        return new StorageUnavailableException("the database could not " + operation
                + (state == null ? "" : " (SQLState " + state + ")") + "; nothing was written, a retry is safe", failure);
    }

    /** A unique or primary-key violation: the same SQLState on every database (also inside a failed batch). */
    static boolean isUniqueViolation(SQLException e) {
        return hasState(e, "23505"::equals);
    }

    /**
     * A conflict worth running the transaction again for: serialization failure or deadlock (40001, 40P01), H2's lock
     * timeout (HYT00) and concurrent update (90131).
     */
    static boolean isConflict(SQLException e) {
        return hasState(e, state -> state.equals("40001") || state.equals("40P01") || state.equals("HYT00")
                || state.equals("90131"));
    }

    /**
     * The connection broke: 08xxx, PostgreSQL's shutdown states (57P01 admin shutdown, 57P02 crash shutdown, 57P03
     * cannot connect now), H2's "database is closed" (90098, 90121).
     */
    static boolean isConnectionLoss(SQLException e) {
        return hasState(e, state -> state.startsWith("08") || state.startsWith("57P") || state.equals("90098")
                || state.equals("90121"));
    }

    /** The pool waited its whole connection timeout: trying again would only double the wait. */
    static boolean isPoolTimeout(SQLException e) {
        return e instanceof java.sql.SQLTransientConnectionException;
    }

    /**
     * The failure's SQLState. SQLite's driver gives none, only SQLite's result code: a primary-key or unique violation
     * is given PostgreSQL's 23505, other constraints their class 23, and a busy or locked database the serialization
     * failure's 40001 (run the transaction again), so that the rules above hold on every database; any other code is
     * named as it is ({@code SQLITE_IOERR_FSYNC}), which says more in a log than a made-up state would.
     */
    static String stateOf(SQLException failure) {
        if (failure.getSQLState() != null || !(failure instanceof SQLiteException sqlite)) {
            return failure.getSQLState();
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        return switch (code) {
            case SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE -> "23505";
            case SQLITE_CONSTRAINT_CHECK -> "23514";
            case SQLITE_CONSTRAINT_NOTNULL -> "23502";
            default -> code.name().startsWith("SQLITE_CONSTRAINT") ? "23000"
                    : code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED") ? "40001"
                    : code.name();
        };
    }

    /** Whether the failure, its causes or (for a batch) the failures chained to it carry a matching SQLState. */
    private static boolean hasState(SQLException e, java.util.function.Predicate<String> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = stateOf(next);
                    if (state != null && test.test(state.toUpperCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static void setOptionalLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, java.sql.Types.BIGINT);
        }
    }

    static Optional<Long> getOptionalLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static void setOptionalString(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, java.sql.Types.VARCHAR);
        }
    }


    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it and the database rolls the transaction back
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
