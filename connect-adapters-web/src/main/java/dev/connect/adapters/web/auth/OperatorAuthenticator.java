package dev.connect.adapters.web.auth;

import dev.connect.adapters.web.problem.WebRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Admits a request to an operator route only with {@code Authorization: Bearer <operator API key>}, compared in
 * constant time (over SHA-256 digests, so not even the key's length shows in the timing). It is a separate credential
 * from the end users' JWTs: a JWT is refused here exactly like a wrong key, and the key is no JWT on an end-user route.
 * Without a configured key every operator request is refused, saying so.
 */
public final class OperatorAuthenticator {

    private static final String REALM = "Bearer realm=\"connect-operator\"";

    private final Optional<byte[]> expectedDigest;

    private OperatorAuthenticator(Optional<OperatorApiKey> key) {
        this.expectedDigest = key.map(OperatorApiKey::bytes).map(OperatorAuthenticator::sha256);
    }

    public static OperatorAuthenticator of(Optional<OperatorApiKey> key) {
        return new OperatorAuthenticator(key);
    }

    /** @throws WebRequestException 401 {@code unauthenticated} unless the header carries the operator key */
    public void authenticate(Optional<String> authorizationHeader) {
        if (expectedDigest.isEmpty()) {
            throw WebRequestException.unauthenticated("the operator API is not configured: set CONNECT_OPERATOR_API_KEY "
                    + "to use the routes under /v1/admin/", REALM);
        }
        String value = authorizationHeader.map(String::trim).orElse("");
        if (value.length() < 7 || !value.substring(0, 7).equalsIgnoreCase("Bearer ")) {
            throw WebRequestException.unauthenticated("the operator API key is required as a Bearer credential", REALM);
        }
        byte[] offered = sha256(value.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(offered, expectedDigest.get())) {
            throw WebRequestException.unauthenticated("the operator API key is not valid", REALM
                    + ", error=\"invalid_token\"");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }
}
