package dev.connect.adapters.jdbc;

import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.port.out.health.DependencyHealthPort;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the stores learned from their own work: while the latest read or the latest write failed, the storage is
 * failing. The first failure of each kind (read or write, and SQLState) is logged once, with the operation and the
 * SQLState only, never a driver message (it may quote the SQL, its values or the URL); the recovery is logged too,
 * and then a new failure of the same kind is logged again.
 */
final class StorageHealth implements DependencyHealthPort {

    static final String DEPENDENCY = "storage";
    private static final Logger LOG = LoggerFactory.getLogger(StorageHealth.class);

    enum Access { READ, WRITE }

    private final Clock clock;
    private final Run reads = new Run("reads");
    private final Run writes = new Run("writes");

    StorageHealth(Clock clock) {
        this.clock = clock;
    }

    void succeeded(Access access) {
        run(access).succeeded();
    }

    void failed(Access access, String operation, String sqlState) {
        run(access).failed(operation, sqlState == null ? "none" : sqlState, clock.instant());
    }

    @Override
    public DependencyHealth health() {
        Instant since = earliest(reads.failingSince(), writes.failingSince());
        return since == null ? DependencyHealth.up(DEPENDENCY) : DependencyHealth.failingSince(DEPENDENCY, since);
    }

    private Run run(Access access) {
        return access == Access.READ ? reads : writes;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** The current run of failures of reads or of writes; empty after a success. */
    private static final class Run {

        private final String name;
        private final Set<String> loggedStates = new HashSet<>();
        private volatile Instant failingSince;
        private long failures;

        Run(String name) {
            this.name = name;
        }

        synchronized void failed(String operation, String sqlState, Instant at) {
            if (failingSince == null) {
                failingSince = at;
            }
            failures++;
            if (loggedStates.add(sqlState)) {
                LOG.warn("database {} are failing: could not {} (SQLState {}); further failures of this kind are not "
                        + "logged until {} succeed again", name, operation, sqlState, name);
            }
        }

        void succeeded() {
            if (failingSince == null) {
                return; // the common case, without taking the lock
            }
            recovered();
        }

        private synchronized void recovered() {
            if (failingSince != null) {
                LOG.info("database {} succeed again after {} failures since {}", name, failures, failingSince);
                failingSince = null;
                failures = 0;
                loggedStates.clear();
            }
        }

        Instant failingSince() {
            return failingSince;
        }
    }
}
