package dev.connect.domain.service.account;

import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lists an owner's accounts from the registry, a page at a time. */
public final class ListLinkedAccountsService implements ListLinkedAccountsUseCase {

    private final LinkedAccountQueryPort registry;

    public ListLinkedAccountsService(LinkedAccountQueryPort registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public AccountPage list(Query query) {
        int size = query.size().value();
        // one more than the page holds tells whether another page follows, without counting
        List<LinkedAccount> found = registry.findPage(query.filter(), query.after(), size + 1);
        if (found.size() <= size) {
            return new AccountPage(found, Optional.empty());
        }
        List<LinkedAccount> page = found.subList(0, size);
        return new AccountPage(page, Optional.of(PageCursor.after(page.get(size - 1))));
    }
}
