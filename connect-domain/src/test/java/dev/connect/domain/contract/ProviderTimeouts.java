package dev.connect.domain.contract;

import java.time.Duration;

/**
 * The timeouts a provider adapter is built with under the contract kit, which its fault tests rely on: a slow answer
 * outlasts one read, a {@code Retry-After} of a minute outlasts the deadline. Generous enough that a stub on a busy
 * machine is never mistaken for a slow provider.
 */
public final class ProviderTimeouts {

    /** Per connection attempt. */
    public static final Duration CONNECT = Duration.ofSeconds(2);
    /** Per answer. */
    public static final Duration READ = Duration.ofSeconds(3);
    /** Per call, retries included. */
    public static final Duration DEADLINE = Duration.ofSeconds(7);
    /** How long a {@link ProviderFault#slow} answer takes. */
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(6);

    private ProviderTimeouts() {
    }
}
