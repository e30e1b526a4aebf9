package dev.connect.sandbox.core;

import java.security.SecureRandom;
import java.util.Base64;

/** Identifiers shaped like StackOne's: long numeric account ids, opaque url-safe tokens. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** An 18-digit numeric string, never starting with 0. */
    public static String accountId() {
        StringBuilder id = new StringBuilder().append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < 18; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String attemptId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "ca_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
