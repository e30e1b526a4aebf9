package dev.connect.domain.model.event;

import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.SetupInformation;
import java.time.Instant;
import java.util.Optional;

/**
 * How what connect observes at StackOne itself changes the registry, in the terms of the webhook rules
 * ({@link AccountEventRules}), so that observations and events never contradict each other whatever order they come
 * in.
 *
 * <ul>
 *   <li>A deletion connect observed (StackOne confirmed a disconnect, or no longer knows the account) is recorded as
 *       if an {@code account.deleted} had happened at the moment of the observation. StackOne deleted the account
 *       before it said so, so its own {@code account.deleted} webhook is dated no later (it is then recorded and not
 *       applied: the state is already deleted); were StackOne's clock ahead of connect's, it would be applied and set
 *       the same state again. Either way it is a harmless duplicate. An event dated after the observation still wins.
 *       An entry already deleted stays as it is.</li>
 *   <li>An account StackOne lists and the registry lacks (a lost {@code account.created}) is added as linked, as if an
 *       {@code account.updated} had happened at the moment it was listed: a late {@code account.created} is older and
 *       only fills fields the listing lacked.</li>
 *   <li>Reconciliation leaves alone an entry that changed after the run started (an event applied meanwhile wins),
 *       never revives a deleted entry (only a newer event can), refreshes the status when it differs, and fills in
 *       owner and user fields the registry lacks.</li>
 *   <li>A health check stores what it found unless a later check is already stored.</li>
 * </ul>
 */
public final class ObservedAccountRules {

    private ObservedAccountRules() {
    }

    /** StackOne confirmed at {@code observedAt} that the account is gone. */
    public static RegistryChange deletedAt(Instant observedAt) {
        return current -> current.map(entry -> deleted(entry, observedAt));
    }

    /** A health check's findings. */
    public static RegistryChange checked(AccountCheck check) {
        return current -> current.map(entry -> {
            LinkedAccount account = entry.account();
            if (account.lastCheck().filter(stored -> !check.checkedAt().isAfter(stored.checkedAt())).isPresent()) {
                return entry;
            }
            return entry.withAccount(account.withLastCheck(check, check.checkedAt()));
        });
    }

    /** StackOne listed {@code listed} at {@code observedAt}, during a reconciliation that started at {@code runStartedAt}. */
    public static RegistryChange listed(DirectoryAccount listed, Instant observedAt, Instant runStartedAt) {
        return current -> current.isEmpty()
                ? Optional.of(added(listed, observedAt))
                : current.map(entry -> changedSince(entry, runStartedAt) || !entry.account().isLinked()
                        ? entry : refreshed(entry, listed, observedAt));
    }

    /** StackOne confirmed at {@code observedAt} that it no longer knows an account, during a reconciliation. */
    public static RegistryChange missing(Instant observedAt, Instant runStartedAt) {
        return current -> current.map(entry -> changedSince(entry, runStartedAt) ? entry : deleted(entry, observedAt));
    }

    private static boolean changedSince(LinkedAccountRecord entry, Instant runStartedAt) {
        return !entry.account().updatedAt().isBefore(runStartedAt);
    }

    private static LinkedAccountRecord deleted(LinkedAccountRecord entry, Instant observedAt) {
        EventOrder deletion = new EventOrder(observedAt, AccountEventKind.DELETED);
        LinkedAccount a = entry.account();
        if (!a.isLinked() || !deletion.isAfter(entry.lastApplied())) {
            return entry;
        }
        LinkedAccount deleted = new LinkedAccount(a.id(), a.ownerId(), a.ownerName(), a.userName(), a.provider(),
                LinkedAccountState.DELETED, a.createdAt(), deletion.eventDate(), deletion.eventDate(),
                a.setupInformation(), a.lastCheck());
        // The fields are stamped with the deletion too: an older event can no longer touch them, so StackOne's own
        // account.deleted, dated before the observation, changes nothing at all (a field it lacks it may still fill).
        return new LinkedAccountRecord(deleted, deletion, entry.ownerIdFrom().map(from -> deletion),
                entry.ownerNameFrom().map(from -> deletion), entry.userNameFrom().map(from -> deletion),
                entry.setupInformationFrom().map(from -> deletion));
    }

    private static LinkedAccountRecord added(DirectoryAccount listed, Instant observedAt) {
        EventOrder seen = new EventOrder(observedAt, AccountEventKind.UPDATED);
        Instant createdAt = listed.createdAt().filter(date -> date.isBefore(seen.eventDate())).orElse(seen.eventDate());
        LinkedAccount account = new LinkedAccount(listed.id(), Optional.of(listed.ownerId()), listed.ownerName(),
                listed.userName(), listed.provider(), LinkedAccountState.LINKED, createdAt, seen.eventDate(),
                seen.eventDate(), listed.setupInformation().orElse(SetupInformation.EMPTY),
                Optional.of(listed.checkAt(seen.eventDate())));
        return new LinkedAccountRecord(account, seen, Optional.of(seen), listed.ownerName().map(v -> seen),
                listed.userName().map(v -> seen), listed.setupInformation().map(v -> seen));
    }

    private static LinkedAccountRecord refreshed(LinkedAccountRecord entry, DirectoryAccount listed, Instant observedAt) {
        EventOrder seen = new EventOrder(observedAt, AccountEventKind.UPDATED);
        LinkedAccount a = entry.account();
        AccountCheck check = listed.checkAt(seen.eventDate());
        boolean newFindings = a.lastCheck().map(stored -> !stored.sameFindings(check)).orElse(true);
        boolean ownerMissing = a.ownerId().isEmpty();
        boolean ownerNameMissing = a.ownerName().isEmpty() && listed.ownerName().isPresent();
        boolean userNameMissing = a.userName().isEmpty() && listed.userName().isPresent();
        if (!newFindings && !ownerMissing && !ownerNameMissing && !userNameMissing) {
            return entry;
        }
        LinkedAccount refreshed = new LinkedAccount(a.id(),
                ownerMissing ? Optional.of(listed.ownerId()) : a.ownerId(),
                ownerNameMissing ? listed.ownerName() : a.ownerName(),
                userNameMissing ? listed.userName() : a.userName(),
                a.provider(), a.state(), a.createdAt(), seen.eventDate(), a.lastEventDate(), a.setupInformation(),
                newFindings ? Optional.of(check) : a.lastCheck());
        return new LinkedAccountRecord(refreshed, entry.lastApplied(),
                ownerMissing ? Optional.of(seen) : entry.ownerIdFrom(),
                ownerNameMissing ? Optional.of(seen) : entry.ownerNameFrom(),
                userNameMissing ? Optional.of(seen) : entry.userNameFrom(),
                entry.setupInformationFrom());
    }
}
