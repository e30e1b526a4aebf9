package dev.connect.adapters.web.session;

import java.time.Instant;

/** The answer of {@code POST /v1/connect-sessions}: what the page hands to the Hub. */
public record ConnectSessionCreatedBody(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "ConnectSessionCreatedBody[token=redacted, expiresAt=" + expiresAt + "]";
    }
}
