package dev.connect.domain.model.error;

import java.time.Duration;
import java.util.Objects;

/**
 * The owner has used up its share of what it may create per period (connect sessions now, auth links later), so that
 * one busy tenant cannot spend StackOne's rate limit for all the others. Other owners are unaffected.
 */
public final class OwnerRateLimitedException extends ConnectException {

    private final Duration retryAfter;

    public OwnerRateLimitedException(String message, Duration retryAfter) {
        super(ErrorCode.OWNER_RATE_LIMITED, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until the owner may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
