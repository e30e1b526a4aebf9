package dev.connect.domain.model.event;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.WebhookRejectedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The replay window: a delivery is accepted only if its signed {@code sent_at} is at most {@code maxAge} before its
 * arrival and at most {@code maxFutureSkew} after it. The inbox keeps each key at least {@code maxAge} after both its
 * sending and its arrival, so an exact replay is either stale or recognised as a duplicate.
 */
public record WebhookFreshness(Duration maxAge, Duration maxFutureSkew) {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    public static final Duration LONGEST_MAX_AGE = Duration.ofDays(30);
    public static final WebhookFreshness DEFAULT = new WebhookFreshness(DEFAULT_MAX_AGE, DEFAULT_MAX_FUTURE_SKEW);

    public WebhookFreshness {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxAge.compareTo(Duration.ofSeconds(1)) < 0 || maxAge.compareTo(LONGEST_MAX_AGE) > 0) {
            throw new InvalidRequestException("webhookWindow", "the webhook window must be between 1 second and 30 days");
        }
        if (maxFutureSkew.isNegative() || maxFutureSkew.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidRequestException("webhookFutureSkew", "the future skew must be between 0 and 1 hour");
        }
    }

    /** The default 5-minute future skew with a chosen window. */
    public static WebhookFreshness ofMaxAge(Duration maxAge) {
        return new WebhookFreshness(maxAge, DEFAULT_MAX_FUTURE_SKEW);
    }

    /** @throws WebhookRejectedException {@link ErrorCode#EVENT_STALE} when {@code sentAt} is outside the window */
    public void check(Instant sentAt, Instant receivedAt) {
        if (sentAt.isBefore(receivedAt.minus(maxAge))) {
            throw new WebhookRejectedException(ErrorCode.EVENT_STALE,
                    "sent_at " + sentAt + " is more than " + maxAge + " before arrival; a replay is not accepted");
        }
        if (sentAt.isAfter(receivedAt.plus(maxFutureSkew))) {
            throw new WebhookRejectedException(ErrorCode.EVENT_STALE,
                    "sent_at " + sentAt + " is more than " + maxFutureSkew + " in the future");
        }
    }

    /** Inbox rows sent and received before this instant may go: their replays are stale. */
    public Instant purgeCutoff(Instant now) {
        return now.minus(maxAge);
    }
}
