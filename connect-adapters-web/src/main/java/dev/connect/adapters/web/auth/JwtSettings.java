package dev.connect.adapters.web.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How callers' bearer tokens, issued by the host application, are verified. Exactly one key source: an HS256 shared
 * secret, or RS256/ES256 public keys from a JWKS URL or file.
 *
 * @param ownerIdClaim   the claim that holds the owner (tenant) id; default {@code org_id}
 * @param ownerNameClaim the claim that holds the owner's display name; default {@code org_name}, and the owner id
 *                       when the token lacks it
 * @param userNameClaim  the claim that names the end user; default {@code email}, then {@code sub}
 */
public record JwtSettings(Optional<String> hs256Secret, Optional<URI> jwksUrl, Optional<Path> jwksFile,
                          Optional<String> issuer, Optional<String> audience, String ownerIdClaim,
                          String ownerNameClaim, String userNameClaim) {

    public static final String DEFAULT_OWNER_ID_CLAIM = "org_id";
    public static final String DEFAULT_OWNER_NAME_CLAIM = "org_name";
    public static final String DEFAULT_USER_NAME_CLAIM = "email";
    public static final int MIN_SECRET_BYTES = 32;

    public JwtSettings {
        Objects.requireNonNull(hs256Secret, "hs256Secret");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(jwksFile, "jwksFile");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        int sources = (hs256Secret.isPresent() ? 1 : 0) + (jwksUrl.isPresent() ? 1 : 0) + (jwksFile.isPresent() ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("exactly one of an HS256 secret, a JWKS URL or a JWKS file is needed");
        }
        hs256Secret.ifPresent(secret -> {
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("the HS256 secret must be at least " + MIN_SECRET_BYTES + " bytes");
            }
        });
        ownerIdClaim = claimName(ownerIdClaim, DEFAULT_OWNER_ID_CLAIM);
        ownerNameClaim = claimName(ownerNameClaim, DEFAULT_OWNER_NAME_CLAIM);
        userNameClaim = claimName(userNameClaim, DEFAULT_USER_NAME_CLAIM);
    }

    public static JwtSettings hs256(String secret) {
        return new JwtSettings(Optional.of(secret), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), null, null, null);
    }

    public static JwtSettings jwksUrl(URI url) {
        return new JwtSettings(Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(),
                Optional.empty(), null, null, null);
    }

    public static JwtSettings jwksFile(Path file) {
        return new JwtSettings(Optional.empty(), Optional.empty(), Optional.of(file), Optional.empty(),
                Optional.empty(), null, null, null);
    }

    public JwtSettings withIssuerAndAudience(Optional<String> requiredIssuer, Optional<String> requiredAudience) {
        return new JwtSettings(hs256Secret, jwksUrl, jwksFile, requiredIssuer, requiredAudience, ownerIdClaim,
                ownerNameClaim, userNameClaim);
    }

    public JwtSettings withClaims(String ownerId, String ownerName, String userName) {
        return new JwtSettings(hs256Secret, jwksUrl, jwksFile, issuer, audience, ownerId, ownerName, userName);
    }

    private static String claimName(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    @Override
    public String toString() {
        return "JwtSettings[keys=" + (hs256Secret.isPresent() ? "hs256-secret(redacted)"
                : jwksUrl.map(url -> "jwks-url " + url).orElseGet(() -> "jwks-file " + jwksFile.orElseThrow()))
                + ", issuer=" + issuer.orElse("-") + ", audience=" + audience.orElse("-")
                + ", claims=" + ownerIdClaim + "/" + ownerNameClaim + "/" + userNameClaim + "]";
    }
}
