package dev.connect.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified, decoded account webhook: what happened to which account, when it happened ({@code eventDate}) and when
 * this delivery was sent ({@code sentAt}). Dates are kept at microsecond precision. Carries no credentials.
 *
 * @param setupInformation empty when the payload had no {@code setup_information}; present (possibly with no
 *                         entries) when it had one
 */
public record AccountEvent(
        AccountEventType type,
        AccountId accountId,
        ProviderKey provider,
        ProjectId projectId,
        Instant eventDate,
        Instant sentAt,
        Optional<OwnerId> ownerId,
        Optional<OwnerName> ownerName,
        Optional<UserName> userName,
        Optional<SetupInformation> setupInformation) {

    /**
     * The earliest {@code event_date} and {@code sent_at} accepted. Real events lie well inside the range; it keeps
     * every date storable on every supported database (PostgreSQL ends in year 294276) and in the event order.
     */
    public static final Instant EARLIEST_DATE = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest {@code event_date} and {@code sent_at} accepted (see {@link #EARLIEST_DATE}). */
    public static final Instant LATEST_DATE = Instant.parse("9999-12-31T23:59:59.999999Z");

    public AccountEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(projectId, "projectId");
        eventDate = EventOrder.normalise(requireSupported("eventDate", eventDate));
        sentAt = EventOrder.normalise(requireSupported("sentAt", sentAt));
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(setupInformation, "setupInformation");
    }

    public AccountEventKind kind() {
        return type.kind();
    }

    /** The identity of this event across deliveries: type, account and event date, never {@code sentAt}. */
    public DeduplicationKey deduplicationKey() {
        return DeduplicationKey.of(type, accountId, eventDate);
    }

    /** Where this event stands in its account's history; empty for an unknown event type, which is never applied. */
    public Optional<EventOrder> order() {
        return kind().isKnown() ? Optional.of(new EventOrder(eventDate, kind())) : Optional.empty();
    }

    /** Whether a date lies in the range every event date must lie in. */
    public static boolean isSupportedDate(Instant date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    private static Instant requireSupported(String field, Instant date) {
        Objects.requireNonNull(date, field);
        if (!isSupportedDate(date)) {
            throw new InvalidRequestException(field, field + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return date;
    }

    /** The same event as delivered again at another time (StackOne's re-send): same key, new {@code sentAt}. */
    public AccountEvent resentAt(Instant newSentAt) {
        return new AccountEvent(type, accountId, provider, projectId, eventDate, newSentAt, ownerId, ownerName,
                userName, setupInformation);
    }
}
