package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a link: a session through the connect-session use case (so the deployment's policy and the re-auth
 * ownership check apply as to any session), the link stored as pending, then the first delivery. Nothing is stored
 * when the session is refused; a failed delivery is recorded on the link and retried.
 */
public final class CreateAuthLinkService implements CreateAuthLinkUseCase {

    private final CreateConnectSessionUseCase sessions;
    private final SessionLifetimeBounds bounds;
    private final AuthLinkStorePort store;
    private final DeliverAuthLinksService deliveries;
    private final AuthLinkAddressPort addresses;
    private final Clock clock;

    public CreateAuthLinkService(CreateConnectSessionUseCase sessions, SessionLifetimeBounds bounds,
                                 AuthLinkStorePort store, DeliverAuthLinksService deliveries,
                                 AuthLinkAddressPort addresses, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.store = Objects.requireNonNull(store, "store");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthLinkView create(Command command) {
        deliveries.requireConfigured();
        Instant now = clock.instant();
        var session = OpenAuthLinkService.openSession(sessions, bounds, command.target(), command.lifetime().value());
        AuthLink link = AuthLink.issue(AuthLinkId.generate(), AuthLinkToken.generate(), command.target(), now,
                command.lifetime(), Optional.of(session));
        store.insert(link);
        AuthLink delivered = deliveries.deliver(link);
        return new AuthLinkView(delivered.asOf(clock.instant()), addresses.addressOf(delivered.token()));
    }
}
