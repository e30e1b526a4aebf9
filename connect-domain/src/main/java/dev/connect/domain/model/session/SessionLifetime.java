package dev.connect.domain.model.session;

import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;

/** How long a connect session (and its auth link) stays valid: from 60 seconds to 7 days, 30 minutes by default. */
public record SessionLifetime(Duration value) {

    public static final Duration MIN = Duration.ofSeconds(60);
    public static final Duration MAX = Duration.ofDays(7);
    public static final SessionLifetime DEFAULT = new SessionLifetime(Duration.ofMinutes(30));

    public SessionLifetime {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidRequestException("expiresIn",
                    "expiresIn must be between " + MIN.toSeconds() + " and " + MAX.toSeconds() + " seconds");
        }
    }

    public static SessionLifetime ofSeconds(long seconds) {
        return new SessionLifetime(Duration.ofSeconds(seconds));
    }

    public long seconds() {
        return value.toSeconds();
    }
}
