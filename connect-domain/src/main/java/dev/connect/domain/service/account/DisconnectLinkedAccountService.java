package dev.connect.domain.service.account;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.event.ObservedAccountRules;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import java.time.Clock;
import java.util.Objects;

/**
 * Deletes an account at StackOne first and only then in the registry, so that a failure at StackOne leaves the
 * registry telling the truth. The deletion is recorded as observed when StackOne confirmed it (see
 * {@link ObservedAccountRules}), which makes StackOne's own {@code account.deleted} webhook a harmless duplicate.
 */
public final class DisconnectLinkedAccountService implements DisconnectLinkedAccountUseCase {

    private final LinkedAccountQueryPort registry;
    private final LinkedAccountStorePort store;
    private final LinkedAccountDirectoryPort directory;
    private final Clock clock;

    public DisconnectLinkedAccountService(LinkedAccountQueryPort registry, LinkedAccountStorePort store,
                                          LinkedAccountDirectoryPort directory, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LinkedAccount disconnect(Command command) {
        LinkedAccount account = registry.findOwned(command.owner(), command.accountId())
                .orElseThrow(() -> new NotFoundException("account '" + command.accountId() + "' not found"));
        if (!account.isLinked()) {
            return account;
        }
        directory.delete(account.id()); // false: StackOne no longer knew it, which is just as gone
        return store.change(account.id(), ObservedAccountRules.deletedAt(clock.instant())).account().orElseThrow();
    }
}
