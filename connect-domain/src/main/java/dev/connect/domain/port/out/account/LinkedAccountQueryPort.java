package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountFilter;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.owner.OwnerId;
import java.util.List;
import java.util.Optional;

/** Reads the local linked-account registry. Failures are {@link dev.connect.domain.model.error.StorageUnavailableException}s. */
public interface LinkedAccountQueryPort {

    /** The owner's accounts in every state (linked and deleted), oldest first (by {@code createdAt}, then id). */
    List<LinkedAccount> findByOwner(OwnerId owner);

    /**
     * At most {@code limit} accounts matching the filter, newest first by ({@code createdAt}, id), starting after the
     * cursor when present.
     */
    List<LinkedAccount> findPage(AccountFilter filter, Optional<PageCursor> after, int limit);

    /** One account in any state, or empty when the registry does not know it. */
    Optional<LinkedAccount> findById(AccountId id);

    /** One account of this owner: another owner's account is as empty as an unknown one, so ids cannot be probed. */
    default Optional<LinkedAccount> findOwned(OwnerId owner, AccountId id) {
        return findById(id).filter(account -> account.belongsTo(owner));
    }

    /** At most {@code limit} ids of linked accounts (of every owner), in id order, after {@code after} when present. */
    List<AccountId> findLinkedIds(Optional<AccountId> after, int limit);
}
