package dev.connect.domain.contract;

import java.time.Duration;

/**
 * The timeouts a provider adapter is built with under the contract kit, which its fault tests rely on: a slow answer
 * outlasts one read, a {@code Retry-After} of a minute outlasts the deadline.
 */
public final class ProviderTimeouts {

    /** Per connection attempt. */
    public static final Duration CONNECT = Duration.ofSeconds(1);
    /** Per answer. */
    public static final Duration READ = Duration.ofSeconds(1);
    /** Per call, retries included. */
    public static final Duration DEADLINE = Duration.ofSeconds(4);
    /** How long a {@link ProviderFault#slow} answer takes. */
    public static final Duration SLOW_ANSWER = Duration.ofMillis(2500);

    private ProviderTimeouts() {
    }
}
