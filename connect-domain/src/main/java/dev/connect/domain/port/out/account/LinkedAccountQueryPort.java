package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.util.List;
import java.util.Optional;

/** Reads the local linked-account registry. Failures are {@link dev.connect.domain.model.error.StorageUnavailableException}s. */
public interface LinkedAccountQueryPort {

    /** The owner's accounts in every state (linked and deleted), oldest first (by {@code createdAt}, then id). */
    List<LinkedAccount> findByOwner(OwnerId owner);

    /** One account in any state, or empty when the registry does not know it. */
    Optional<LinkedAccount> findById(AccountId id);
}
