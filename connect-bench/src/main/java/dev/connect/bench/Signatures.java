package dev.connect.bench;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as StackOne signs webhooks, and HS256 bearer tokens as a host application issues them. */
final class Signatures {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Signatures() {
    }

    /** {@code x-stackone-signature}: base64url without padding of HMAC-SHA256 over the raw body. */
    static String webhook(String secret, byte[] body) {
        return BASE64URL.encodeToString(hmac(secret, body));
    }

    /** A compact HS256 JWT with these claims (a JSON object). */
    static String hs256(String secret, String claimsJson) {
        String signingInput = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + BASE64URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + BASE64URL.encodeToString(hmac(secret, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] hmac(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
