package dev.connect.domain.service.account;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import java.util.List;
import java.util.Objects;

/** Lists an owner's accounts from the registry. */
public final class ListLinkedAccountsService implements ListLinkedAccountsUseCase {

    private final LinkedAccountQueryPort registry;

    public ListLinkedAccountsService(LinkedAccountQueryPort registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public List<LinkedAccount> list(Query query) {
        return registry.findByOwner(query.owner());
    }
}
