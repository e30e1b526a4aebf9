package dev.connect.adapters.nango;

import dev.connect.adapters.nango.wire.NangoConnectSessionResponse;
import dev.connect.adapters.nango.wire.NangoConnection;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Opens connect sessions with Nango's {@code POST /connect/sessions} (for the end user, their organization and the
 * integration asked for), or {@code POST /connect/sessions/reconnect} to re-authorise an existing connection. The
 * token is the session's; Nango's {@code connect_link} is its hosted link; {@code expires_at} its end. Nango's sessions
 * last 30 minutes, whatever is asked ({@link #lifetimes()}).
 */
public final class NangoConnectSessionAdapter implements ConnectSessionPort {

    /** Nango's connect sessions (and their connect links) last this long; its API takes no lifetime. */
    public static final Duration SESSION_LIFETIME = Duration.ofMinutes(30);

    private final NangoClient client;
    private final NangoConnections connections;

    NangoConnectSessionAdapter(NangoClient client, NangoConnections connections) {
        this.client = client;
        this.connections = connections;
    }

    @Override
    public SessionLifetimeBounds lifetimes() {
        return SessionLifetimeBounds.exactly(SESSION_LIFETIME);
    }

    @Override
    public ConnectSession open(ConnectSessionRequest request) {
        NangoConnectSessionResponse response = request.accountId()
                .map(account -> reconnect(request, account))
                .orElseGet(() -> client.call(api -> api.createConnectSession(NangoWireMapper.toSession(request))));
        NangoConnectSessionResponse.Session session = NangoClient.requirePresent(
                NangoClient.requirePresent(response, () -> "a body").data(), () -> "'data'");
        String token = NangoClient.requirePresent(session.token(), () -> "'data.token'");
        String expiresAt = NangoClient.requirePresent(session.expiresAt(), () -> "'data.expires_at'");
        return new ConnectSession(new SessionToken(token), instant(expiresAt), link(session.connectLink()));
    }

    /** Reconnecting needs the connection's integration: the one asked for, or the one Nango has it in. */
    private NangoConnectSessionResponse reconnect(ConnectSessionRequest request, AccountId account) {
        ProviderKey integration = request.provider().orElseGet(() -> connections.byId(account)
                .map(NangoConnection::providerConfigKey)
                .map(key -> {
                    try {
                        return new ProviderKey(key);
                    } catch (InvalidRequestException notConnects) {
                        throw new NotFoundException("account '" + account + "' not found");
                    }
                })
                .orElseThrow(() -> new NotFoundException("account '" + account + "' not found")));
        return client.call(api -> api.reconnect(NangoWireMapper.toReconnect(request, account, integration)));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "Nango's answer has an 'expires_at' that is not an ISO-8601 date-time");
        }
    }

    /** The connect link, when Nango gave one that is an http(s) URL; a token works without it. */
    private static Optional<URI> link(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
