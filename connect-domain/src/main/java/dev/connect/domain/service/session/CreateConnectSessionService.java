package dev.connect.domain.service.session;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.NotPermittedException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.ConnectionPolicy;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Applies the deployment's policy to a session request, checks re-authentication ownership, and opens the session. */
public final class CreateConnectSessionService implements CreateConnectSessionUseCase {

    private final ConnectSessionPort sessions;
    private final LinkedAccountDirectoryPort directory;
    private final ConnectionPolicy policy;

    public CreateConnectSessionService(ConnectSessionPort sessions, LinkedAccountDirectoryPort directory,
                                       ConnectionPolicy policy) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public ConnectSession create(Command command) {
        ConnectSessionRequest request = command.request();
        request.provider().ifPresent(this::requireAllowed);
        request.categories().forEach(this::requireAllowed);
        request.accountId().ifPresentOrElse(
                id -> requireOwnedAndAllowed(id, request.endUser()),
                () -> requireProviderWhenRestricted(request));
        return sessions.open(request.withCategories(effectiveCategories(request.categories())));
    }

    private void requireAllowed(ProviderKey provider) {
        if (!policy.allows(provider)) {
            throw new NotPermittedException("provider '" + provider + "' is not allowed here; allowed: "
                    + join(policy.allowedProviders().stream().map(ProviderKey::value).collect(Collectors.toSet())));
        }
    }

    private void requireAllowed(Category category) {
        if (!policy.allows(category)) {
            throw new NotPermittedException("category '" + category.key() + "' is not allowed here; allowed: "
                    + join(policy.allowedCategories().stream().map(Category::key).collect(Collectors.toSet())));
        }
    }

    /** Without a provider the Hub's picker would offer every provider, so a restricted deployment must name one. */
    private void requireProviderWhenRestricted(ConnectSessionRequest request) {
        if (policy.restrictsProviders() && request.provider().isEmpty()) {
            throw new NotPermittedException("this deployment links only some providers: name one of "
                    + join(policy.allowedProviders().stream().map(ProviderKey::value).collect(Collectors.toSet()))
                    + " in 'provider'");
        }
    }

    /** An account of another owner reads exactly like a missing one, so that ids of other tenants cannot be probed. */
    private void requireOwnedAndAllowed(AccountId id, EndUser endUser) {
        DirectoryAccount account = directory.find(id)
                .filter(found -> found.belongsTo(endUser.owner().id()))
                .orElseThrow(() -> new NotFoundException("account '" + id + "' not found"));
        if (policy.restrictsProviders() && policy.allowedProviders().stream()
                .noneMatch(allowed -> allowed.value().equals(account.provider()))) {
            throw new NotPermittedException("provider '" + account.provider() + "' is not allowed here");
        }
    }

    /** A restricted deployment narrows an unrestricted request to its categories, so the picker shows only those. */
    private Set<Category> effectiveCategories(Set<Category> requested) {
        return requested.isEmpty() ? policy.allowedCategories() : requested;
    }

    private static String join(Set<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }
}
