package dev.connect.domain.model.authlink;

import dev.connect.domain.model.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a link's e-mail: its status, how many attempts were made, the last one's time and failure, and when
 * the next is due ({@code nextAttemptAt} is present exactly while the status is {@link DeliveryStatus#PENDING}).
 *
 * @param lastError a short reason written by connect for the operator (never the link, its token or a secret)
 */
public record Delivery(DeliveryStatus status, int attempts, Optional<Instant> lastAttemptAt, Optional<String> lastError,
                       Optional<Instant> nextAttemptAt) {

    public static final int MAX_ERROR_LENGTH = 500;

    public Delivery {
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        lastAttemptAt = Objects.requireNonNull(lastAttemptAt, "lastAttemptAt").map(Checks::microseconds);
        lastError = Objects.requireNonNull(lastError, "lastError").map(Delivery::shortened);
        nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt").map(Checks::microseconds);
        if ((status == DeliveryStatus.PENDING) != nextAttemptAt.isPresent()) {
            throw new IllegalArgumentException("a pending delivery, and only one, has a next attempt");
        }
    }

    /** Nothing tried yet: the first attempt is due at {@code now}. */
    public static Delivery due(Instant now) {
        return new Delivery(DeliveryStatus.PENDING, 0, Optional.empty(), Optional.empty(), Optional.of(now));
    }

    public Delivery sent(Instant at) {
        return new Delivery(DeliveryStatus.SENT, attempts + 1, Optional.of(at), Optional.empty(), Optional.empty());
    }

    /** A failed attempt: retried after the policy's back-off, or given up on after its last attempt. */
    public Delivery failed(Instant at, String reason, DeliveryBackoff backoff) {
        int made = attempts + 1;
        Optional<Instant> next = backoff.nextAttempt(made, at);
        return new Delivery(next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED, made, Optional.of(at),
                Optional.of(reason), next);
    }

    public boolean isDueAt(Instant now) {
        return nextAttemptAt.filter(next -> !next.isAfter(now)).isPresent();
    }

    private static String shortened(String reason) {
        String oneLine = reason.replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH);
    }
}
