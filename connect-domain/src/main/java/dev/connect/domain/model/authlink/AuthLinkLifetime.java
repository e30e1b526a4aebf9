package dev.connect.domain.model.authlink;

import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long an auth link may be used: from 5 minutes to 30 days (StackOne's dashboard links live 30 days), 5 days by
 * default. Longer than a connect session may live: the link outlives the sessions it opens (see
 * {@code OpenAuthLinkUseCase}).
 */
public record AuthLinkLifetime(Duration value) {

    public static final Duration MIN = Duration.ofMinutes(5);
    public static final Duration MAX = Duration.ofDays(30);
    public static final AuthLinkLifetime DEFAULT = new AuthLinkLifetime(Duration.ofDays(5));

    public AuthLinkLifetime {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidRequestException("expiresIn",
                    "expiresIn must be between " + MIN.toSeconds() + " and " + MAX.toSeconds() + " seconds");
        }
    }

    public static AuthLinkLifetime ofSeconds(long seconds) {
        return new AuthLinkLifetime(Duration.ofSeconds(seconds));
    }
}
