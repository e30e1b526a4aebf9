package dev.connect.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A recorded event as the inbox keeps it: its identity, its delivery times and what became of it. */
public record InboxEntry(
        DeduplicationKey key,
        AccountEventType type,
        AccountId accountId,
        ProviderKey provider,
        ProjectId projectId,
        Instant eventDate,
        Instant sentAt,
        Instant receivedAt,
        InboxOutcome outcome) {

    public InboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(projectId, "projectId");
        eventDate = EventOrder.normalise(Objects.requireNonNull(eventDate, "eventDate"));
        sentAt = EventOrder.normalise(Objects.requireNonNull(sentAt, "sentAt"));
        receivedAt = EventOrder.normalise(Objects.requireNonNull(receivedAt, "receivedAt"));
        Objects.requireNonNull(outcome, "outcome");
    }

    public static InboxEntry of(AccountEvent event, Instant receivedAt, InboxOutcome outcome) {
        return new InboxEntry(event.deduplicationKey(), event.type(), event.accountId(), event.provider(),
                event.projectId(), event.eventDate(), event.sentAt(), receivedAt, outcome);
    }
}
