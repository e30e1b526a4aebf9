package dev.connect.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Retires every pooled connection of a {@link JdbcDatabase}, as the pool does when their lifetime ends, and waits until
 * each is closed at the database. A bystander connection outside the pool stays open meanwhile, as a production pool's
 * younger connections do: with none, an H2 file database would close and reopen, which hides faults that only
 * appear while it stays open.
 */
final class PoolRotation implements AutoCloseable {

    private static final long WAIT_MILLIS = 30_000;

    private final JdbcDatabase database;
    private final Connection bystander;
    private final String otherSessions;

    PoolRotation(JdbcDatabase database) throws SQLException {
        JdbcSettings settings = database.settings();
        this.database = database;
        this.bystander = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        this.otherSessions = settings.isPostgres()
                ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                        + "AND application_name = '" + JdbcDatabase.APPLICATION_NAME + "'"
                : "SELECT session_id FROM information_schema.sessions WHERE session_id <> SESSION_ID()";
    }

    /**
     * Returns once no session that was open before the call is left, save the bystander. The pool closes an idle
     * connection only if it can reserve it; one its housekeeper holds at that moment is merely marked and would close
     * at its next borrowing, so the retiring is repeated until every old session is gone.
     */
    void retireEveryConnection() throws SQLException, InterruptedException {
        Set<Long> before = sessions();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        do {
            if (System.currentTimeMillis() > deadline) {
                Set<Long> left = sessions();
                left.retainAll(before);
                throw new AssertionError("pooled connections " + left + " were still open " + WAIT_MILLIS
                        + " ms after retiring");
            }
            database.retirePooledConnections();
            Thread.sleep(10);
        } while (!Collections.disjoint(sessions(), before));
    }

    private Set<Long> sessions() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = bystander.createStatement(); ResultSet rows = statement.executeQuery(otherSessions)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public void close() throws SQLException {
        bystander.close();
    }
}
