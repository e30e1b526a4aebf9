package dev.connect.domain.service.session;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.NotPermittedException;
import dev.connect.domain.model.error.OwnerRateLimitedException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.QuotaDecision;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.ConnectionPolicy;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.owner.OwnerQuotaPort;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Applies the deployment's policy to a session request, checks re-authentication ownership, and opens the session. A
 * lifetime the provider cannot honour ({@link ConnectSessionPort#lifetimes()}) is refused first. An account to
 * re-authenticate is looked up in the registry first (a deleted one cannot be re-authenticated); the provider is asked
 * only about accounts the registry has not seen yet, e.g. while the event of their linking is on its way. Each owner's
 * sessions are rationed by its quota, asked after the local checks (lifetime, provider, categories) and before
 * anything reaches the provider, so that requests refused by policy cost no permit.
 */
public final class CreateConnectSessionService implements CreateConnectSessionUseCase {

    private final ConnectSessionPort sessions;
    private final LinkedAccountQueryPort registry;
    private final LinkedAccountDirectoryPort directory;
    private final ConnectionPolicy policy;
    private final OwnerQuotaPort quota;

    public CreateConnectSessionService(ConnectSessionPort sessions, LinkedAccountQueryPort registry,
                                       LinkedAccountDirectoryPort directory, ConnectionPolicy policy,
                                       OwnerQuotaPort quota) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    /** Without a limit per owner. */
    public CreateConnectSessionService(ConnectSessionPort sessions, LinkedAccountQueryPort registry,
                                       LinkedAccountDirectoryPort directory, ConnectionPolicy policy) {
        this(sessions, registry, directory, policy, OwnerQuotaPort.unlimited());
    }

    @Override
    public ConnectSession create(Command command) {
        ConnectSessionRequest request = command.request();
        requireLifetimeTheProviderHonours(request);
        request.provider().ifPresent(this::requireAllowed);
        request.categories().forEach(this::requireAllowed);
        requirePermit(request.endUser());
        request.accountId().ifPresentOrElse(
                id -> requireOwnedAndAllowed(id, request.endUser()),
                () -> requireProviderWhenRestricted(request));
        return sessions.open(request.withCategories(effectiveCategories(request.categories())));
    }

    /** A session that would last other than asked is refused before the provider is asked, never shortened quietly. */
    private void requireLifetimeTheProviderHonours(ConnectSessionRequest request) {
        SessionLifetimeBounds honoured = sessions.lifetimes();
        if (!honoured.allows(request.expiresIn())) {
            throw new InvalidRequestException("expiresIn", "this deployment's linking provider opens sessions of "
                    + honoured.describe() + "; expiresIn " + request.expiresIn().seconds() + " cannot be honoured");
        }
    }

    private void requirePermit(EndUser endUser) {
        if (quota.tryAcquire(endUser.owner().id()) instanceof QuotaDecision.Exhausted exhausted) {
            throw new OwnerRateLimitedException("owner '" + endUser.owner().id() + "' opened too many connect sessions "
                    + "in a short time; try again later", exhausted.retryAfter());
        }
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
        ProviderKey provider = registry.findById(id)
                .map(known -> providerOfReauthenticable(known, endUser))
                .orElseGet(() -> directory.find(id)
                        .filter(found -> found.belongsTo(endUser.owner().id()))
                        .orElseThrow(() -> notFound(id))
                        .provider());
        if (policy.restrictsProviders() && !policy.allowedProviders().contains(provider)) {
            throw new NotPermittedException("provider '" + provider + "' is not allowed here");
        }
    }

    private static ProviderKey providerOfReauthenticable(LinkedAccount account, EndUser endUser) {
        if (!account.belongsTo(endUser.owner().id())) {
            throw notFound(account.id());
        }
        if (!account.isLinked()) {
            throw new ConflictException("account '" + account.id() + "' was disconnected and cannot be "
                    + "re-authenticated; link a new account instead");
        }
        return account.provider();
    }

    private static NotFoundException notFound(AccountId id) {
        return new NotFoundException("account '" + id + "' not found");
    }

    /** A restricted deployment narrows an unrestricted request to its categories, so the picker shows only those. */
    private Set<Category> effectiveCategories(Set<Category> requested) {
        return requested.isEmpty() ? policy.allowedCategories() : requested;
    }

    private static String join(Set<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }
}
