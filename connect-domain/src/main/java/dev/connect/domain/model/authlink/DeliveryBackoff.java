package dev.connect.domain.model.authlink;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first} after the first failure, doubling after each further one up to
 * {@code longest}, and not at all after {@code attempts} attempts. The default waits 1, 2, 4, 8, 16 minutes: six
 * attempts over about half an hour, long enough for a mail server's restart, short enough that an operator still
 * remembers sending.
 */
public record DeliveryBackoff(Duration first, Duration longest, int attempts) {

    public static final DeliveryBackoff DEFAULT = new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(30), 6);

    public DeliveryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("a back-off needs 0 < first <= longest and at least one attempt");
        }
    }

    /** When to try again after {@code made} attempts, the last at {@code at}; empty: give up. */
    public Optional<Instant> nextAttempt(int made, Instant at) {
        if (made >= attempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < made && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(at.plus(wait.compareTo(longest) > 0 ? longest : wait));
    }
}
