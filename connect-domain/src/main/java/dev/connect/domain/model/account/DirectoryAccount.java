package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the authoritative account directory (the linking provider's) says about one linked account: who owns it, its
 * provider, its status and why, and what the registry needs to add it when a webhook was lost. Never credentials.
 */
public record DirectoryAccount(AccountId id, OwnerId ownerId, Optional<OwnerName> ownerName,
                               Optional<UserName> userName, ProviderKey provider, AccountStatus status,
                               List<StatusReason> statusReasons, Optional<SetupInformation> setupInformation,
                               Optional<Instant> createdAt) {

    public DirectoryAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(status, "status");
        statusReasons = List.copyOf(Objects.requireNonNull(statusReasons, "statusReasons"));
        Objects.requireNonNull(setupInformation, "setupInformation");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").map(Checks::microseconds);
    }

    /** The minimum a directory always says: for tests and callers that care only about ownership and status. */
    public static DirectoryAccount of(AccountId id, OwnerId ownerId, ProviderKey provider, AccountStatus status) {
        return new DirectoryAccount(id, ownerId, Optional.empty(), Optional.empty(), provider, status, List.of(),
                Optional.empty(), Optional.empty());
    }

    public boolean belongsTo(OwnerId owner) {
        return ownerId.equals(owner);
    }

    /** What this answer says about the account's health, as a check made at {@code checkedAt}. */
    public AccountCheck checkAt(Instant checkedAt) {
        return new AccountCheck(status, statusReasons, checkedAt);
    }
}
