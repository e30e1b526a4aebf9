package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.ConnectSessionResponse;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** Opens connect sessions with StackOne's {@code POST /connect_sessions}. */
public final class StackOneConnectSessionAdapter implements ConnectSessionPort {

    private final StackOneClient client;
    private final Clock clock;

    StackOneConnectSessionAdapter(StackOneClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public ConnectSession open(ConnectSessionRequest request) {
        ConnectSessionResponse response =
                client.call(api -> api.createConnectSession(StackOneWireMapper.INSTANCE.toWire(request)));
        StackOneClient.requirePresent(response, () -> "a body");
        String token = StackOneClient.requirePresent(response.token(), () -> "'token'");
        String authLink = StackOneClient.requirePresent(response.authLinkUrl(), () -> "'auth_link_url'");
        // StackOne does not say when the session ends; it ends expires_in after it was created.
        Instant createdAt = response.createdAt() == null ? clock.instant() : response.createdAt().toInstant();
        return new ConnectSession(new SessionToken(token), createdAt.plus(request.expiresIn().value()),
                URI.create(authLink));
    }
}
