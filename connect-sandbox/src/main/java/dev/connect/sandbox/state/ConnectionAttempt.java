package dev.connect.sandbox.state;

import java.time.Instant;

/** The Hub's handle on one OAuth popup: pending until the consent page is approved, denied or cancelled. */
public record ConnectionAttempt(
        String id,
        String sessionToken,
        String status,
        String accountId,
        String errorCode,
        String errorDescription,
        Instant createdAt) {

    public static final String PENDING = "pending";
    public static final String AUTHENTICATED = "authenticated";
    public static final String ERROR = "error";
    public static final String CANCELLED = "cancelled";
    public static final String EXPIRED = "expired";

    public ConnectionAttempt authenticated(String newAccountId) {
        return new ConnectionAttempt(id, sessionToken, AUTHENTICATED, newAccountId, null, null, createdAt);
    }

    public ConnectionAttempt failed(String code, String description) {
        return new ConnectionAttempt(id, sessionToken, ERROR, null, code, description, createdAt);
    }

    public ConnectionAttempt cancelled() {
        return new ConnectionAttempt(id, sessionToken, CANCELLED, null, null, null, createdAt);
    }

    public ConnectionAttempt expired() {
        return new ConnectionAttempt(id, sessionToken, EXPIRED, null, null, null, createdAt);
    }
}
