package dev.connect.adapters.quota;

import java.time.Duration;
import java.util.Objects;

/**
 * What one owner may create per period ({@code CONNECT_OWNER_RATE_LIMIT} per minute): generous for any person or
 * host application, well below StackOne's 1000 requests a minute for the whole API key (Nango publishes no limit; it
 * depends on the plan).
 */
public record OwnerRateLimit(int permits, Duration period) {

    public static final OwnerRateLimit DEFAULT = perMinute(60);

    public OwnerRateLimit {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }

    public static OwnerRateLimit perMinute(int permits) {
        return new OwnerRateLimit(permits, Duration.ofMinutes(1));
    }
}
