package dev.connect.adapters.web.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Issues HS256 bearer tokens the way a host application would, for the sandbox mode only: so that a developer
 * without an identity provider can call the API at once.
 */
public final class DevelopmentTokenIssuer {

    private final JwtSettings settings;

    public DevelopmentTokenIssuer(JwtSettings settings) {
        if (settings.hs256Secret().isEmpty()) {
            throw new IllegalArgumentException("development tokens need an HS256 secret");
        }
        this.settings = settings;
    }

    public String issue(String ownerId, String ownerName, String userName, Duration lifetime, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userName)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(settings.ownerIdClaim(), ownerId)
                .claim(settings.ownerNameClaim(), ownerName)
                .claim(settings.userNameClaim(), userName);
        settings.issuer().ifPresent(claims::issuer);
        settings.audience().ifPresent(claims::audience);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(settings.hs256Secret().orElseThrow().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("could not sign a development token", impossible);
        }
    }
}
