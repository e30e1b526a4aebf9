package dev.connect.domain.model.authlink;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What a delivery hands the recipient: the link, its address, and how long it lasts from now. */
public record AuthLinkInvitation(AuthLink link, URI url, Instant sentAt) {

    public AuthLinkInvitation {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** How long the link still works, as of sending. */
    public Duration remaining() {
        Duration left = Duration.between(sentAt, link.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public String toString() {
        return "AuthLinkInvitation[" + link.id() + "]";
    }
}
