package dev.connect.domain.model.session;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session the provider opened: the token for the provider's embedded UI, when it expires, and the hosted page of the
 * same session, which an auth link hands to the end user. The link is empty only when the provider gave none (a
 * provider may document it as optional, or an older version of it may not have one): the token is all an embedded
 * flow needs.
 */
public record ConnectSession(SessionToken token, Instant expiresAt, Optional<URI> authLinkUrl) {

    public ConnectSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(authLinkUrl, "authLinkUrl");
    }

    /** A session with its hosted link. */
    public ConnectSession(SessionToken token, Instant expiresAt, URI authLinkUrl) {
        this(token, expiresAt, Optional.of(Objects.requireNonNull(authLinkUrl, "authLinkUrl")));
    }
}
