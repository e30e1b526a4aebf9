package dev.connect.domain.service.account;

import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.event.ObservedAccountRules;
import dev.connect.domain.model.event.RegistryChange;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Asks StackOne about one of the owner's accounts and stores what it says. */
public final class CheckLinkedAccountService implements CheckLinkedAccountUseCase {

    private final LinkedAccountQueryPort registry;
    private final LinkedAccountStorePort store;
    private final LinkedAccountDirectoryPort directory;
    private final Clock clock;

    public CheckLinkedAccountService(LinkedAccountQueryPort registry, LinkedAccountStorePort store,
                                     LinkedAccountDirectoryPort directory, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LinkedAccount check(Command command) {
        LinkedAccount account = registry.findOwned(command.owner(), command.accountId())
                .orElseThrow(() -> new NotFoundException("account '" + command.accountId() + "' not found"));
        Optional<DirectoryAccount> live = directory.find(account.id());
        RegistryChange change = live
                .map(found -> ObservedAccountRules.checked(found.checkAt(clock.instant())))
                .orElseGet(() -> ObservedAccountRules.deletedAt(clock.instant()));
        return store.change(account.id(), change).account().orElseThrow();
    }
}
