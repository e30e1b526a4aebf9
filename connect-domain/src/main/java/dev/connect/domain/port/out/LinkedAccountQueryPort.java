package dev.connect.domain.port.out;

import dev.connect.domain.model.AccountId;
import dev.connect.domain.model.LinkedAccount;
import dev.connect.domain.model.OwnerId;
import java.util.List;
import java.util.Optional;

/** Reads the local linked-account registry. Failures are {@link dev.connect.domain.model.StorageUnavailableException}s. */
public interface LinkedAccountQueryPort {

    /** The owner's accounts in every state (linked and deleted), oldest first (by {@code createdAt}, then id). */
    List<LinkedAccount> findByOwner(OwnerId owner);

    /** One account in any state, or empty when the registry does not know it. */
    Optional<LinkedAccount> findById(AccountId id);
}
