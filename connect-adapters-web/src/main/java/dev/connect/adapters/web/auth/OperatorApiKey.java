package dev.connect.adapters.web.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The operator's API key (setting {@code CONNECT_OPERATOR_API_KEY}): a secret of at least {@value #MIN_LENGTH}
 * characters that opens the operator routes under {@code /v1/admin/}. Never shown: {@link #toString()} is redacted and
 * no message quotes it.
 */
public record OperatorApiKey(String value) {

    public static final int MIN_LENGTH = 32;

    public OperatorApiKey {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.isBlank()) {
            throw new IllegalArgumentException("the operator API key must be at least " + MIN_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("the operator API key must not contain spaces or control characters");
        }
    }

    byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OperatorApiKey[redacted]";
    }
}
