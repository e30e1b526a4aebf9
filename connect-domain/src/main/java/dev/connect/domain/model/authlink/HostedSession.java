package dev.connect.domain.model.authlink;

import dev.connect.domain.model.Checks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The provider's hosted page of a session opened for a link, and when it stops working. A bearer address like the
 * link's own: never logged.
 */
public record HostedSession(URI url, Instant expiresAt) {

    public HostedSession {
        Objects.requireNonNull(url, "url");
        expiresAt = Checks.microseconds(Objects.requireNonNull(expiresAt, "expiresAt"));
    }

    /** Whether it still works at {@code now} with {@code margin} to spare, for someone about to open it. */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "HostedSession[expiresAt=" + expiresAt + "]";
    }
}
