package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * What one reconciliation of the registry with the directory did.
 *
 * @param added     accounts the directory has and the registry missed (a lost {@code account.created})
 * @param updated   accounts whose status (or a field the registry lacked) was refreshed
 * @param deleted   linked accounts the directory no longer knows, now marked deleted (a lost {@code account.deleted})
 * @param unchanged accounts looked at and left as they were (already true, or changed by an event after the start)
 * @param resumed   whether this run continued one that had been interrupted, keeping its start and counts
 */
public record ReconciliationReport(int added, int updated, int deleted, int unchanged, Instant startedAt,
                                   Instant finishedAt, boolean resumed) {

    public ReconciliationReport {
        if (added < 0 || updated < 0 || deleted < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        startedAt = Checks.microseconds(Objects.requireNonNull(startedAt, "startedAt"));
        finishedAt = Checks.microseconds(Objects.requireNonNull(finishedAt, "finishedAt"));
    }

    /** Whether the run changed anything in the registry. */
    public boolean changedAnything() {
        return added + updated + deleted > 0;
    }
}
