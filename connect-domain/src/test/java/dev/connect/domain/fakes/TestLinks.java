package dev.connect.domain.fakes;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkLifetime;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import dev.connect.domain.model.authlink.AuthLinkTarget;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.authlink.HostedSession;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.session.Category;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Auth links for tests: a pending link of owner {@code owner-42}, sent to ada@acme.test, unless told otherwise. */
public final class TestLinks {

    private String owner = "owner-42";
    private Optional<ProviderKey> provider = Optional.empty();
    private Set<Category> categories = Set.of();
    private Optional<AccountId> accountId = Optional.empty();
    private Optional<AuthLinkMessage> message = Optional.empty();
    private Instant createdAt = TestEvents.T0;
    private Duration lifetime = Duration.ofDays(5);

    public static TestLinks pending() {
        return new TestLinks();
    }

    public TestLinks owner(String id) {
        this.owner = id;
        return this;
    }

    public TestLinks provider(String key) {
        this.provider = Optional.of(new ProviderKey(key));
        return this;
    }

    public TestLinks categories(Category... chosen) {
        this.categories = Set.of(chosen);
        return this;
    }

    public TestLinks reauthenticating(String account) {
        this.accountId = Optional.of(new AccountId(account));
        return this;
    }

    public TestLinks message(String text) {
        this.message = Optional.of(new AuthLinkMessage(text));
        return this;
    }

    public TestLinks createdAt(Instant at) {
        this.createdAt = at;
        return this;
    }

    public TestLinks lifetime(Duration value) {
        this.lifetime = value;
        return this;
    }

    public AuthLinkTarget target() {
        return new AuthLinkTarget(new Owner(new OwnerId(owner), new OwnerName(owner + " Ltd")),
                new EmailAddress("ada@acme.test"), provider, categories, accountId, message);
    }

    public AuthLink build() {
        return AuthLink.issue(AuthLinkId.generate(), AuthLinkToken.generate(), target(), createdAt,
                new AuthLinkLifetime(lifetime), Optional.of(new HostedSession(URI.create("https://hub.test/s/1"),
                        createdAt.plus(lifetime))));
    }
}
