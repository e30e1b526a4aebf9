package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;
import java.util.Optional;

/** One account of the local registry, in any state, as seen by its owner. */
public interface FindLinkedAccountUseCase {

    /** The account, or empty when the registry does not know it or it belongs to another owner (the same answer). */
    Optional<LinkedAccount> find(Query query);

    record Query(OwnerId owner, AccountId accountId) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(accountId, "accountId");
        }
    }
}
