package dev.connect.domain.service.account;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import java.util.Objects;
import java.util.Optional;

/** Reads one account from the registry; another owner's account reads exactly like a missing one. */
public final class FindLinkedAccountService implements FindLinkedAccountUseCase {

    private final LinkedAccountQueryPort registry;

    public FindLinkedAccountService(LinkedAccountQueryPort registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Optional<LinkedAccount> find(Query query) {
        return registry.findOwned(query.owner(), query.accountId());
    }
}
