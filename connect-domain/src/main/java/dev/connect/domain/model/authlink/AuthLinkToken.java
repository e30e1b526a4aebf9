package dev.connect.domain.model.authlink;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret part of an auth link's address: 256 random bits in base64url (43 characters). Whoever holds it may link
 * an account for the link's owner, so {@link #toString()} never shows it: a link logged by accident leaks nothing.
 */
public record AuthLinkToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public AuthLinkToken {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an auth link token");
        }
    }

    /** Whether a string could be a token at all: what an unknown address is checked against before any lookup. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.matches("[A-Za-z0-9_-]{22,128}");
    }

    public static AuthLinkToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AuthLinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return "AuthLinkToken[redacted]";
    }
}
