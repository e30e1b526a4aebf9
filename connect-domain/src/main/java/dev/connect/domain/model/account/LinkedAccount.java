package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One account in the local registry, as the account webhooks described it (and connect itself where it observed a
 * change at StackOne: a disconnect, a reconciliation), with what the last health check found. Never holds credentials.
 *
 * <p>The owner fields are optional because StackOne's events may omit them (an {@code account.updated} can arrive
 * before its {@code account.created}); an account without an owner id is never listed for any owner.
 *
 * @param createdAt     the earliest {@code event_date} seen for the account (normally its {@code account.created})
 * @param updatedAt     when this registry entry last changed, by the arrival time of the delivery that changed it
 * @param lastEventDate the {@code event_date} of the newest event applied: the one that decided {@code state} (for a
 *                      change connect observed itself, when it observed it)
 * @param lastCheck     what StackOne said about the account when connect last asked; empty until it first asks
 */
public record LinkedAccount(
        AccountId id,
        Optional<OwnerId> ownerId,
        Optional<OwnerName> ownerName,
        Optional<UserName> userName,
        ProviderKey provider,
        LinkedAccountState state,
        Instant createdAt,
        Instant updatedAt,
        Instant lastEventDate,
        SetupInformation setupInformation,
        Optional<AccountCheck> lastCheck) {

    public LinkedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        updatedAt = Checks.microseconds(Objects.requireNonNull(updatedAt, "updatedAt"));
        lastEventDate = Checks.microseconds(Objects.requireNonNull(lastEventDate, "lastEventDate"));
        Objects.requireNonNull(setupInformation, "setupInformation");
        Objects.requireNonNull(lastCheck, "lastCheck");
    }

    /** An entry that was never checked. */
    public LinkedAccount(AccountId id, Optional<OwnerId> ownerId, Optional<OwnerName> ownerName,
                         Optional<UserName> userName, ProviderKey provider, LinkedAccountState state, Instant createdAt,
                         Instant updatedAt, Instant lastEventDate, SetupInformation setupInformation) {
        this(id, ownerId, ownerName, userName, provider, state, createdAt, updatedAt, lastEventDate, setupInformation,
                Optional.empty());
    }

    public LinkedAccount withLastCheck(AccountCheck check, Instant changedAt) {
        return new LinkedAccount(id, ownerId, ownerName, userName, provider, state, createdAt, changedAt, lastEventDate,
                setupInformation, Optional.of(check));
    }

    public boolean isLinked() {
        return state == LinkedAccountState.LINKED;
    }

    public boolean belongsTo(OwnerId owner) {
        return ownerId.filter(owner::equals).isPresent();
    }
}
