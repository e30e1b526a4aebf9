package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import java.time.Instant;
import java.util.Objects;

/** A recorded event as the inbox keeps it: its identity, its delivery times and what became of it. */
public record InboxEntry(
        DeduplicationKey key,
        EventName name,
        AccountId accountId,
        ProviderKey provider,
        ProjectId projectId,
        Instant eventDate,
        Instant sentAt,
        Instant receivedAt,
        InboxOutcome outcome) {

    public InboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(projectId, "projectId");
        eventDate = Checks.microseconds(Objects.requireNonNull(eventDate, "eventDate"));
        sentAt = Checks.microseconds(Objects.requireNonNull(sentAt, "sentAt"));
        receivedAt = Checks.microseconds(Objects.requireNonNull(receivedAt, "receivedAt"));
        Objects.requireNonNull(outcome, "outcome");
    }

    public static InboxEntry of(AccountEvent event, Instant receivedAt, InboxOutcome outcome) {
        return new InboxEntry(event.deduplicationKey(), event.name(), event.accountId(), event.provider(),
                event.projectId(), event.eventDate(), event.sentAt(), receivedAt, outcome);
    }
}
