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

    private static final long WAIT_MILLIS = 10_000;

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
     * Returns once no session that was open before the call is left, save the bystander. The pool refills itself in
     * the background, so a connection it was just opening when the others were retired joins the pool only
     * afterwards: it is retired again until none of the earlier sessions is left.
     */
    void retireEveryConnection() throws SQLException, InterruptedException {
        Set<Long> before = sessions();
        database.retirePooledConnections();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        for (int pass = 1; !Collections.disjoint(sessions(), before); pass++) {
            if (pass % 10 == 0) {
                database.retirePooledConnections();
            }
            if (System.currentTimeMillis() > deadline) {
                Set<Long> left = sessions();
                left.retainAll(before);
                throw new AssertionError("pooled connections " + left + " were still open " + WAIT_MILLIS
                        + " ms after retiring");
            }
            Thread.sleep(10);
        }
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
