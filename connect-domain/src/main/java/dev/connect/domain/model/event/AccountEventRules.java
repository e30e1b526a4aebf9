package dev.connect.domain.model.event;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.Optional;

/**
 * How an account event changes the registry, independent of arrival order.
 *
 * <ul>
 *   <li>An unknown event type changes nothing ({@link InboxOutcome#IGNORED}).</li>
 *   <li>An event newer than the entry's last applied event ({@link EventOrder}) is {@link InboxOutcome#APPLIED}: it
 *       sets the state (created/updated: linked, deleted: deleted), the provider and the last event date. An unknown
 *       account is created from whichever event comes first, a deleted one as a tombstone.</li>
 *   <li>An older (or the same) event is {@link InboxOutcome#OUTDATED}: it never changes state, provider or last event
 *       date, so an {@code account.created} replayed after {@code account.deleted} does not revive the account.</li>
 *   <li>Either way each optional field (owner id, owner name, user name, setup information) the event carries
 *       replaces the stored one only if the stored one came from an older event, or there is none: a late
 *       {@code account.created} still supplies the owner an earlier-arriving {@code account.updated} lacked.</li>
 *   <li>{@code createdAt} is the earliest event date seen; {@code updatedAt} is the arrival time of the delivery that
 *       last changed the entry.</li>
 * </ul>
 * The result for a given set of events is the same for every arrival order (apart from {@code updatedAt}).
 */
public final class AccountEventRules {

    private AccountEventRules() {
    }

    /** A transition for {@code event} arriving at {@code receivedAt}, for a store to apply in its transaction. */
    public static RegistryTransition transitionFor(AccountEvent event, Instant receivedAt) {
        return current -> apply(current, event, receivedAt);
    }

    public static EventApplication apply(Optional<LinkedAccountRecord> current, AccountEvent event, Instant receivedAt) {
        Optional<EventOrder> maybeOrder = event.order();
        if (maybeOrder.isEmpty()) {
            return new EventApplication(InboxOutcome.IGNORED, current, current);
        }
        EventOrder order = maybeOrder.get();
        if (current.isEmpty()) {
            LinkedAccount account = new LinkedAccount(event.accountId(), event.ownerId(), event.ownerName(),
                    event.userName(), event.provider(), stateOf(order.kind()), event.eventDate(), receivedAt,
                    event.eventDate(), event.setupInformation().orElse(SetupInformation.EMPTY));
            LinkedAccountRecord created = new LinkedAccountRecord(account, order,
                    event.ownerId().map(v -> order), event.ownerName().map(v -> order),
                    event.userName().map(v -> order), event.setupInformation().map(v -> order));
            return new EventApplication(InboxOutcome.APPLIED, current, Optional.of(created));
        }
        LinkedAccountRecord before = current.get();
        LinkedAccount old = before.account();
        boolean newer = order.isAfter(before.lastApplied());

        Field<OwnerId> ownerId = Field.merge(old.ownerId(), before.ownerIdFrom(), event.ownerId(), order);
        Field<OwnerName> ownerName = Field.merge(old.ownerName(), before.ownerNameFrom(), event.ownerName(), order);
        Field<UserName> userName = Field.merge(old.userName(), before.userNameFrom(), event.userName(), order);
        Field<SetupInformation> setup = Field.merge(
                before.setupInformationFrom().map(from -> old.setupInformation()), before.setupInformationFrom(),
                event.setupInformation(), order);
        Instant createdAt = event.eventDate().isBefore(old.createdAt()) ? event.eventDate() : old.createdAt();

        LinkedAccount merged = new LinkedAccount(old.id(), ownerId.value(), ownerName.value(), userName.value(),
                newer ? event.provider() : old.provider(),
                newer ? stateOf(order.kind()) : old.state(),
                createdAt, old.updatedAt(),
                newer ? event.eventDate() : old.lastEventDate(),
                setup.value().orElse(SetupInformation.EMPTY), old.lastCheck());
        LinkedAccountRecord after = new LinkedAccountRecord(merged, newer ? order : before.lastApplied(),
                ownerId.from(), ownerName.from(), userName.from(), setup.from());
        if (!after.equals(before)) {
            after = new LinkedAccountRecord(withUpdatedAt(merged, receivedAt), after.lastApplied(), after.ownerIdFrom(),
                    after.ownerNameFrom(), after.userNameFrom(), after.setupInformationFrom());
        }
        return new EventApplication(newer ? InboxOutcome.APPLIED : InboxOutcome.OUTDATED, current, Optional.of(after));
    }

    private static LinkedAccountState stateOf(AccountEventKind kind) {
        return kind == AccountEventKind.DELETED ? LinkedAccountState.DELETED : LinkedAccountState.LINKED;
    }

    private static LinkedAccount withUpdatedAt(LinkedAccount a, Instant updatedAt) {
        return new LinkedAccount(a.id(), a.ownerId(), a.ownerName(), a.userName(), a.provider(), a.state(),
                a.createdAt(), updatedAt, a.lastEventDate(), a.setupInformation(), a.lastCheck());
    }

    /** A last-writer-wins field: the value and the event it came from. */
    private record Field<T>(Optional<T> value, Optional<EventOrder> from) {

        static <T> Field<T> merge(Optional<T> stored, Optional<EventOrder> storedFrom, Optional<T> offered,
                                  EventOrder offeredFrom) {
            if (offered.isPresent() && (storedFrom.isEmpty() || offeredFrom.isAfter(storedFrom.get()))) {
                return new Field<>(offered, Optional.of(offeredFrom));
            }
            return new Field<>(stored, storedFrom);
        }
    }
}
