package dev.connect.domain.model.session;

import java.time.Duration;
import java.util.Objects;

/**
 * The connect-session lifetimes a provider can honour, from {@code shortest} to {@code longest}, both inclusive. A
 * provider whose sessions always last the same time (say, 30 minutes whatever is asked) has both the same. Within
 * {@link SessionLifetime}'s own range, which is what connect's API accepts at all.
 */
public record SessionLifetimeBounds(Duration shortest, Duration longest) {

    /** Every lifetime connect accepts: the provider opens a session of whatever length it is asked for. */
    public static final SessionLifetimeBounds ANY = new SessionLifetimeBounds(SessionLifetime.MIN, SessionLifetime.MAX);

    public SessionLifetimeBounds {
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(longest, "longest");
        if (shortest.compareTo(SessionLifetime.MIN) < 0 || longest.compareTo(SessionLifetime.MAX) > 0) {
            throw new IllegalArgumentException("session lifetime bounds lie within " + SessionLifetime.MIN.toSeconds()
                    + " and " + SessionLifetime.MAX.toSeconds() + " seconds");
        }
        if (shortest.compareTo(longest) > 0) {
            throw new IllegalArgumentException("the shortest session lifetime must not exceed the longest");
        }
    }

    /** Sessions of exactly this length, whatever is asked. */
    public static SessionLifetimeBounds exactly(Duration lifetime) {
        return new SessionLifetimeBounds(lifetime, lifetime);
    }

    public boolean allows(SessionLifetime lifetime) {
        Duration value = lifetime.value();
        return value.compareTo(shortest) >= 0 && value.compareTo(longest) <= 0;
    }

    /** The shortest lifetime, as a request may ask for it. */
    public SessionLifetime shortestLifetime() {
        return new SessionLifetime(shortest);
    }

    /** The longest lifetime, as a request may ask for it. */
    public SessionLifetime longestLifetime() {
        return new SessionLifetime(longest);
    }

    /** For messages: {@code exactly 1800 seconds} or {@code between 60 and 604800 seconds}. */
    public String describe() {
        return shortest.equals(longest) ? "exactly " + shortest.toSeconds() + " seconds"
                : "between " + shortest.toSeconds() + " and " + longest.toSeconds() + " seconds";
    }
}
