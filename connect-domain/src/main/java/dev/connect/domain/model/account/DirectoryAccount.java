package dev.connect.domain.model.account;

import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;

/** What StackOne's account directory says about one linked account: enough to check ownership and health. */
public record DirectoryAccount(AccountId id, OwnerId ownerId, String provider, AccountStatus status) {

    public DirectoryAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(status, "status");
    }

    public boolean belongsTo(OwnerId owner) {
        return ownerId.equals(owner);
    }
}
