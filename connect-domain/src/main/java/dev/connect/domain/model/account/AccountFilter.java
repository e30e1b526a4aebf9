package dev.connect.domain.model.account;

import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;
import java.util.Optional;

/** Which of the registry's accounts a listing shows: always one owner's; a provider and a state when present. */
public record AccountFilter(OwnerId owner, Optional<ProviderKey> provider, Optional<LinkedAccountState> state) {

    public AccountFilter {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
    }

    public boolean matches(LinkedAccount account) {
        return account.belongsTo(owner) && provider.map(account.provider()::equals).orElse(true)
                && state.map(account.state()::equals).orElse(true);
    }
}
