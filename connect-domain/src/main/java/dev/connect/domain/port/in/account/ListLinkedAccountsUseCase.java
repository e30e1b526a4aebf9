package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.util.List;
import java.util.Objects;

/** The accounts an owner has in the local registry, in every state. */
public interface ListLinkedAccountsUseCase {

    List<LinkedAccount> list(Query query);

    record Query(OwnerId owner) {
        public Query {
            Objects.requireNonNull(owner, "owner");
        }
    }
}
