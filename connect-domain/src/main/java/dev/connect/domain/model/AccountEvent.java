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

    public AccountEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(projectId, "projectId");
        eventDate = EventOrder.normalise(Objects.requireNonNull(eventDate, "eventDate"));
        sentAt = EventOrder.normalise(Objects.requireNonNull(sentAt, "sentAt"));
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

    /** The same event as delivered again at another time (StackOne's re-send): same key, new {@code sentAt}. */
    public AccountEvent resentAt(Instant newSentAt) {
        return new AccountEvent(type, accountId, provider, projectId, eventDate, newSentAt, ownerId, ownerName,
                userName, setupInformation);
    }
}
