package dev.connect.adapters.web.contract;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** Mints test JWTs the way a host application would. */
public final class Tokens {

    public static final String SECRET = "a-shared-secret-of-at-least-32-bytes!!";

    private Tokens() {
    }

    public static String hs256(Map<String, Object> claims) {
        try {
            return sign(new MACSigner(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)), JWSAlgorithm.HS256, null,
                    claims, Instant.now().plus(Duration.ofMinutes(5)));
        } catch (com.nimbusds.jose.KeyLengthException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String alice() {
        return hs256(Map.of("org_id", "tenant-1", "org_name", "Acme", "email", "alice@acme.test", "sub", "u-1"));
    }

    public static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, Map<String, Object> claims,
                       Instant expiresAt) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            if (expiresAt != null) {
                builder.expirationTime(Date.from(expiresAt));
            }
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), builder.build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
