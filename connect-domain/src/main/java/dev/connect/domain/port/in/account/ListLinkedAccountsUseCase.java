package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.AccountFilter;
import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts an owner has in the local registry, newest first (by creation, then id), one page at a time. A page
 * continues after the cursor of the previous one, so accounts added meanwhile never shift, repeat or hide the
 * accounts of later pages.
 */
public interface ListLinkedAccountsUseCase {

    AccountPage list(Query query);

    /**
     * @param provider only accounts of this provider, when present
     * @param state    only accounts in this state, when present (both states otherwise)
     * @param after    the previous page's cursor; empty for the first page
     */
    record Query(OwnerId owner, Optional<ProviderKey> provider, Optional<LinkedAccountState> state, PageSize size,
                 Optional<PageCursor> after) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(after, "after");
        }

        public AccountFilter filter() {
            return new AccountFilter(owner, provider, state);
        }

        /** The first page of all the owner's accounts, of the default size. */
        public static Query firstPage(OwnerId owner) {
            return new Query(owner, Optional.empty(), Optional.empty(), PageSize.DEFAULT, Optional.empty());
        }
    }
}
