package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkTarget;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.authlink.HostedSession;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a link for its recipient. A pending link leads to the session opened with it while that still works for a
 * while; otherwise (a provider whose sessions live shorter than links, e.g. Nango's 30 minutes, or a link longer than
 * any session) to a fresh session for the same target, opened now and not stored: opening changes nothing.
 */
public final class OpenAuthLinkService implements OpenAuthLinkUseCase {

    /** A session with less left than this is not handed out: the recipient needs time to fill in the provider's form. */
    static final Duration MARGIN = Duration.ofMinutes(10);

    private final AuthLinkStorePort store;
    private final CreateConnectSessionUseCase sessions;
    private final SessionLifetimeBounds bounds;
    private final Clock clock;

    /** @param bounds the lifetimes the provider's sessions can have ({@code ConnectSessionPort.lifetimes()}) */
    public OpenAuthLinkService(AuthLinkStorePort store, CreateConnectSessionUseCase sessions,
                               SessionLifetimeBounds bounds, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Opening open(Query query) {
        if (!AuthLinkToken.isWellFormed(query.token())) {
            return new Opening.NotValid(Reason.UNKNOWN);
        }
        Optional<AuthLink> found = store.findByToken(new AuthLinkToken(query.token()));
        if (found.isEmpty()) {
            return new Opening.NotValid(Reason.UNKNOWN);
        }
        AuthLink link = found.get();
        Instant now = clock.instant();
        AuthLinkState state = link.stateAt(now);
        return switch (state) {
            case LINKED -> new Opening.NotValid(Reason.LINKED);
            case EXPIRED -> new Opening.NotValid(Reason.EXPIRED);
            case REVOKED -> new Opening.NotValid(Reason.REVOKED);
            case PENDING -> new Opening.Redirect(link.session()
                    .filter(session -> session.usableAt(now, MARGIN))
                    .orElseGet(() -> openSession(sessions, bounds, link.target(),
                            Duration.between(now, link.expiresAt())))
                    .url());
        };
    }

    /**
     * Opens a provider session for a link's target, lasting as long as the link still does as far as the provider's
     * bounds allow (longer when the provider's shortest session is longer: the link's own expiry still counts).
     */
    static HostedSession openSession(CreateConnectSessionUseCase sessions, SessionLifetimeBounds bounds,
                                     AuthLinkTarget target, Duration remaining) {
        Duration lifetime = remaining.compareTo(bounds.longest()) > 0 ? bounds.longest()
                : remaining.compareTo(bounds.shortest()) < 0 ? bounds.shortest() : remaining;
        ConnectSession session = sessions.create(new CreateConnectSessionUseCase.Command(new ConnectSessionRequest(
                new EndUser(target.owner(), Optional.of(new UserName(target.recipient().value()))),
                target.provider(), target.categories(), target.accountId(), false, Optional.empty(), Metadata.EMPTY,
                new SessionLifetime(lifetime))));
        return new HostedSession(session.authLinkUrl().orElseThrow(() -> new UpstreamException(
                ErrorCode.UPSTREAM_UNAVAILABLE, "the linking provider opened a session without a hosted page")),
                session.expiresAt());
    }
}
