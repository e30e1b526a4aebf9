package dev.connect.domain.model.authlink;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.session.Category;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A link an operator sent to someone so that they link an account for {@code owner}: to any provider, or to
 * {@code provider}; or, with {@code accountId}, to re-authenticate that account. Changes only while
 * {@link AuthLinkState#PENDING}; see {@link AuthLinkRules} for what links it.
 *
 * @param session the provider session opened with the link, while one is worth redirecting to
 */
public record AuthLink(
        AuthLinkId id,
        AuthLinkToken token,
        Owner owner,
        EmailAddress recipient,
        Optional<ProviderKey> provider,
        Set<Category> categories,
        Optional<AccountId> accountId,
        Optional<AuthLinkMessage> message,
        AuthLinkState state,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> linkedAt,
        Optional<AccountId> linkedAccountId,
        Optional<Instant> revokedAt,
        Delivery delivery,
        Optional<HostedSession> session) {

    public AuthLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(provider, "provider");
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(state, "state");
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        expiresAt = Checks.microseconds(Objects.requireNonNull(expiresAt, "expiresAt"));
        linkedAt = Objects.requireNonNull(linkedAt, "linkedAt").map(Checks::microseconds);
        Objects.requireNonNull(linkedAccountId, "linkedAccountId");
        revokedAt = Objects.requireNonNull(revokedAt, "revokedAt").map(Checks::microseconds);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(session, "session");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an auth link expires after it is created");
        }
        if ((state == AuthLinkState.LINKED) != (linkedAt.isPresent() && linkedAccountId.isPresent())) {
            throw new IllegalArgumentException("a linked link, and only one, names when and which account");
        }
        if ((state == AuthLinkState.REVOKED) != revokedAt.isPresent()) {
            throw new IllegalArgumentException("a revoked link, and only one, names when");
        }
    }

    /** A new pending link, its first delivery due now. */
    public static AuthLink issue(AuthLinkId id, AuthLinkToken token, AuthLinkTarget target, Instant now,
                                 AuthLinkLifetime lifetime, Optional<HostedSession> session) {
        return new AuthLink(id, token, target.owner(), target.recipient(), target.provider(), target.categories(),
                target.accountId(), target.message(), AuthLinkState.PENDING, now, now.plus(lifetime.value()),
                Optional.empty(), Optional.empty(), Optional.empty(), Delivery.due(now), session);
    }

    /** Whether its time has passed at {@code now}. */
    public boolean isDueAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The state as of {@code now}: a pending link whose time has passed reads expired even before the sweep. */
    public AuthLinkState stateAt(Instant now) {
        return state == AuthLinkState.PENDING && isDueAt(now) ? AuthLinkState.EXPIRED : state;
    }

    /** This link as it reads at {@code now}: expired, if it is due and still stored as pending. */
    public AuthLink asOf(Instant now) {
        return stateAt(now) == state ? this : withState(AuthLinkState.EXPIRED, linkedAt, linkedAccountId, revokedAt);
    }

    public boolean isPendingAt(Instant now) {
        return stateAt(now) == AuthLinkState.PENDING;
    }

    public AuthLink linked(AccountId account, Instant at) {
        requirePending();
        return withState(AuthLinkState.LINKED, Optional.of(at), Optional.of(account), revokedAt);
    }

    public AuthLink revoked(Instant at) {
        requirePending();
        return withState(AuthLinkState.REVOKED, linkedAt, linkedAccountId, Optional.of(at));
    }

    public AuthLink expired() {
        requirePending();
        return withState(AuthLinkState.EXPIRED, linkedAt, linkedAccountId, revokedAt);
    }

    public AuthLink withDelivery(Delivery changed) {
        return new AuthLink(id, token, owner, recipient, provider, categories, accountId, message, state, createdAt,
                expiresAt, linkedAt, linkedAccountId, revokedAt, changed, session);
    }

    /** The target it was issued for, to open another session for it. */
    public AuthLinkTarget target() {
        return new AuthLinkTarget(owner, recipient, provider, categories, accountId, message);
    }

    private AuthLink withState(AuthLinkState changed, Optional<Instant> linked, Optional<AccountId> linkedAccount,
                               Optional<Instant> revoked) {
        // the delivery is left as it stands: only pending links are delivered again (see DeliverAuthLinksUseCase)
        return new AuthLink(id, token, owner, recipient, provider, categories, accountId, message, changed, createdAt,
                expiresAt, linked, linkedAccount, revoked, delivery, session);
    }

    private void requirePending() {
        if (state != AuthLinkState.PENDING) {
            throw new IllegalStateException("auth link " + id + " is " + state + ", not pending");
        }
    }
}
