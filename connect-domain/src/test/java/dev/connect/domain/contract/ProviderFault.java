package dev.connect.domain.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the contract kit asks a provider adapter's test to arrange, answered as the provider documents it
 * (its error body, its {@code Retry-After}): a status, a rate limit, or an answer slower than the adapter's read
 * timeout. {@code times} answers are faulty, then the provider answers normally again; {@link #PERSISTENT} or more
 * means for the rest of the test.
 */
public record ProviderFault(Kind kind, int status, Duration retryAfter, Duration delay, int times) {

    public static final int PERSISTENT = 1000;

    public enum Kind { STATUS, RATE_LIMITED, SLOW }

    public ProviderFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(delay, "delay");
        if (times < 1) {
            throw new IllegalArgumentException("a fault happens at least once");
        }
    }

    /** The provider's documented error answer with this status (400, 500, 503, …). */
    public static ProviderFault status(int status, int times) {
        return new ProviderFault(Kind.STATUS, status, Duration.ZERO, Duration.ZERO, times);
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static ProviderFault rateLimited(Duration retryAfter, int times) {
        return new ProviderFault(Kind.RATE_LIMITED, 429, retryAfter, Duration.ZERO, times);
    }

    /** A normal answer that takes {@link ProviderTimeouts#SLOW_ANSWER}, longer than the adapter reads. */
    public static ProviderFault slow(int times) {
        return new ProviderFault(Kind.SLOW, 0, Duration.ZERO, ProviderTimeouts.SLOW_ANSWER, times);
    }

    public boolean persistent() {
        return times >= PERSISTENT;
    }
}
