package dev.connect.domain.model.session;

import java.util.Objects;

/** The connect-session token handed to the Hub. A bearer secret: {@link #toString()} never shows it. */
public record SessionToken(String value) {

    public SessionToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("session token must not be blank");
        }
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
