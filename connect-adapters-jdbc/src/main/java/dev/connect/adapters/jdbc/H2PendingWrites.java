package dev.connect.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Makes sure a commit's pages are in H2's file, then forces the file to disk. {@code CHECKPOINT SYNC} alone does not make a
 * commit durable: H2 2.x skips its own store when another one (its background writer's, or a concurrent checkpoint's)
 * took its snapshot after the commit, and that other store writes asynchronously, on H2's own executors. So a commit
 * could be reported while its pages were still queued, and be lost to {@code kill -9} ({@code EmbeddedProcessKillTest}
 * on H2 lost an acknowledged event in about one run of four before this). H2 offers no SQL for it: this reaches its
 * store through its JDBC connection, an embedded database being in this process.
 */
final class H2PendingWrites {

    private H2PendingWrites() {
    }

    /** Does nothing for a database in memory or in another process (an H2 server writes its own file). */
    static void drain(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (store.getFileStore() == null) {
            return;
        }
        // Holding the store's lock once after the commit means every store that starts later includes it; commit() then
        // stores it now, or skips because such a store began meanwhile, whose queued writes the second wait drains.
        store.executeFilestoreOperation(() -> { }); // takes the lock; returns once every queued write is done
        store.commit();
        store.executeFilestoreOperation(() -> { });
        store.sync();
    }
}
