package dev.connect.domain.model.authlink;

import dev.connect.domain.model.error.InvalidRequestException;
import java.security.SecureRandom;
import java.util.Base64;

/** An auth link's public id, {@code al_} and 22 base64url characters (128 random bits): opaque to callers. */
public record AuthLinkId(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public AuthLinkId {
        if (value == null || !value.matches("al_[A-Za-z0-9_-]{1,60}")) {
            throw new InvalidRequestException("id", "not an auth link id");
        }
    }

    public static AuthLinkId generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new AuthLinkId("al_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
