package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the provider said about a linked account when connect last asked: its status, the reasons given for it, and
 * when connect asked ({@code checkedAt}). At most {@link #MAX_REASONS} reasons are kept, the first ones given; a
 * reason that says nothing is dropped.
 */
public record AccountCheck(AccountStatus status, List<StatusReason> reasons, Instant checkedAt) {

    public static final int MAX_REASONS = 20;

    public AccountCheck {
        Objects.requireNonNull(status, "status");
        reasons = Objects.requireNonNull(reasons, "reasons").stream().filter(reason -> !reason.isEmpty())
                .limit(MAX_REASONS).toList();
        checkedAt = Checks.microseconds(Objects.requireNonNull(checkedAt, "checkedAt"));
    }

    /** Whether two checks found the same, whenever they were made. */
    public boolean sameFindings(AccountCheck other) {
        return status == other.status && reasons.equals(other.reasons);
    }
}
