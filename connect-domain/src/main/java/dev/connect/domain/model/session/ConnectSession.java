package dev.connect.domain.model.session;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A session StackOne opened: the token for the Hub, when it expires, and the hosted auth link of the same session. */
public record ConnectSession(SessionToken token, Instant expiresAt, URI authLinkUrl) {

    public ConnectSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(authLinkUrl, "authLinkUrl");
    }
}
