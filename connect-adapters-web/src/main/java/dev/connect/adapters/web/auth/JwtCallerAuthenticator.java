package dev.connect.adapters.web.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.connect.adapters.web.problem.WebRequestException;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies the host application's JWTs (signature, algorithm, expiry with 60 s skew, issuer and audience when
 * configured) and reads the owner and end user from their claims. Nothing of the token is ever echoed.
 */
public final class JwtCallerAuthenticator implements CallerAuthenticator {

    static final int MAX_CLOCK_SKEW_SECONDS = 60;
    private static final String REALM = "Bearer realm=\"connect\"";
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Base64.Encoder URL_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final JwtSettings settings;

    public JwtCallerAuthenticator(JwtSettings settings) {
        this.settings = settings;
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keySelector(settings));
        Set<String> required = new HashSet<>(Set.of("exp", settings.ownerIdClaim()));
        JWTClaimsSet.Builder exactMatch = new JWTClaimsSet.Builder();
        settings.issuer().ifPresent(exactMatch::issuer);
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(settings.audience().orElse(null), exactMatch.build(), required);
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    @Override
    public EndUser authenticate(Optional<String> authorizationHeader) {
        String token = bearerToken(authorizationHeader);
        if (!isCompactJws(token)) {
            throw invalid("the bearer token is not valid");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (KeySourceException keysUnreachable) {
            throw WebRequestException.callerKeysUnavailable();
        } catch (BadJWTException badClaims) {
            boolean expired = String.valueOf(badClaims.getMessage()).toLowerCase(Locale.ROOT).contains("expired");
            throw invalid(expired ? "the bearer token has expired" : "the bearer token's claims are not accepted: " + badClaims.getMessage());
        } catch (ParseException | BadJOSEException | JOSEException rejected) {
            throw invalid("the bearer token is not valid");
        }
        return endUserOf(claims);
    }

    private EndUser endUserOf(JWTClaimsSet claims) {
        try {
            String ownerId = stringClaim(claims, settings.ownerIdClaim())
                    .orElseThrow(() -> invalid("the bearer token lacks the claim '" + settings.ownerIdClaim() + "'"));
            String ownerName = stringClaim(claims, settings.ownerNameClaim()).orElse(ownerId);
            Optional<UserName> userName = stringClaim(claims, settings.userNameClaim())
                    .or(() -> Optional.ofNullable(claims.getSubject()))
                    .map(UserName::new);
            return new EndUser(new Owner(new OwnerId(ownerId), new OwnerName(ownerName)), userName);
        } catch (InvalidRequestException badClaim) {
            throw invalid("the bearer token's " + badClaim.field().orElse("claims") + " is not acceptable: "
                    + badClaim.getMessage());
        }
    }

    private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof Number number) {
            return Optional.of(number.toString());
        }
        throw invalid("the bearer token's claim '" + name + "' must be a string");
    }

    /**
     * Three parts, each canonical base64url: no padding, no standard-base64 characters, no stray low bits in the last
     * character. The JOSE library decodes leniently, so one signature could otherwise be written several ways.
     */
    static boolean isCompactJws(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !BASE64URL.matcher(part).matches()) {
                return false;
            }
            try {
                if (!URL_ENCODER.encodeToString(URL_DECODER.decode(part)).equals(part)) {
                    return false;
                }
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        }
        return true;
    }

    private static String bearerToken(Optional<String> header) {
        String value = header.map(String::trim).orElse("");
        if (value.isEmpty()) {
            throw WebRequestException.unauthenticated("a bearer token is required", REALM);
        }
        if (value.length() < 7 || !value.substring(0, 7).equalsIgnoreCase("Bearer ")) {
            throw WebRequestException.unauthenticated("the Authorization header must use the Bearer scheme", REALM);
        }
        String token = value.substring(7).trim();
        if (token.isEmpty()) {
            throw WebRequestException.unauthenticated("a bearer token is required", REALM);
        }
        return token;
    }

    private static WebRequestException invalid(String description) {
        return WebRequestException.unauthenticated(description,
                REALM + ", error=\"invalid_token\", error_description=\"" + description.replace("\"", "'") + "\"");
    }

    private static JWSVerificationKeySelector<SecurityContext> keySelector(JwtSettings settings) {
        if (settings.hs256Secret().isPresent()) {
            byte[] secret = settings.hs256Secret().get().getBytes(StandardCharsets.UTF_8);
            return new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret));
        }
        return new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), publicKeys(settings));
    }

    private static JWKSource<SecurityContext> publicKeys(JwtSettings settings) {
        if (settings.jwksUrl().isPresent()) {
            try {
                return JWKSourceBuilder.<SecurityContext>create(settings.jwksUrl().get().toURL()).retrying(true).build();
            } catch (MalformedURLException | IllegalArgumentException badUrl) {
                throw new IllegalArgumentException("the JWKS URL is not a valid URL");
            }
        }
        try {
            return new ImmutableJWKSet<>(JWKSet.load(settings.jwksFile().orElseThrow().toFile()));
        } catch (IOException | ParseException unreadable) {
            throw new IllegalArgumentException("the JWKS file could not be read as a JSON Web Key Set: "
                    + settings.jwksFile().orElseThrow());
        }
    }
}
