package dev.connect.domain.model.authlink;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.session.Category;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a link is for: whose account, sent to whom, to which provider (any, when empty) and categories, or, with
 * {@code accountId}, the re-authentication of that account; and the operator's message.
 */
public record AuthLinkTarget(Owner owner, EmailAddress recipient, Optional<ProviderKey> provider,
                             Set<Category> categories, Optional<AccountId> accountId,
                             Optional<AuthLinkMessage> message) {

    public AuthLinkTarget {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(provider, "provider");
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(message, "message");
    }
}
