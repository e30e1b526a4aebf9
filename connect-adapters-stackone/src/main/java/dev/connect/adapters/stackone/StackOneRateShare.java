package dev.connect.adapters.stackone;

import java.time.Duration;

/**
 * How much of StackOne's rate limit (1000 requests per minute per API key) a background job may use, from just above 0
 * to 1. The share leaves the rest to the calls users wait for, which are never paced.
 */
public record StackOneRateShare(double value) {

    /** StackOne's documented limit per API key. */
    public static final int STACKONE_REQUESTS_PER_MINUTE = 1000;
    public static final StackOneRateShare DEFAULT = new StackOneRateShare(0.2);

    public StackOneRateShare {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("the share of StackOne's rate limit must be above 0 and at most 1");
        }
    }

    /** Whole requests per minute, at least one. */
    public int requestsPerMinute() {
        return Math.max(1, (int) Math.floor(STACKONE_REQUESTS_PER_MINUTE * value));
    }

    /** The gap between two paced requests. */
    public Duration interval() {
        return Duration.ofMinutes(1).dividedBy(requestsPerMinute());
    }
}
