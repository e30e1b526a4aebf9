package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.contract.Tokens;
import dev.connect.adapters.web.problem.WebRequestException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.OwnerId;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtCallerAuthenticatorTest {

    private static final Map<String, Object> CLAIMS = Map.of("org_id", "tenant-1", "org_name", "Acme");

    @Test
    void verifiesRs256TokensWithKeysFromAJwksUrl() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            var authenticator = new JwtCallerAuthenticator(JwtSettings.jwksUrl(
                    URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json")));
            String token = Tokens.sign(new RSASSASigner(key), JWSAlgorithm.RS256, "rsa-1", CLAIMS,
                    Instant.now().plusSeconds(300));

            EndUser user = authenticator.authenticate(Optional.of("Bearer " + token));

            assertThat(user.owner().id()).isEqualTo(new OwnerId("tenant-1"));
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            String forged = Tokens.sign(new RSASSASigner(stranger), JWSAlgorithm.RS256, "rsa-1", CLAIMS,
                    Instant.now().plusSeconds(300));
            assertUnauthenticated(() -> authenticator.authenticate(Optional.of("Bearer " + forged)));
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void unreachableJwksIsAServiceProblemNotTheCallersFault() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var authenticator = new JwtCallerAuthenticator(JwtSettings.jwksUrl(
                URI.create("http://127.0.0.1:" + closedPort + "/jwks.json")));
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        String token = Tokens.sign(new RSASSASigner(key), JWSAlgorithm.RS256, "k", CLAIMS, Instant.now().plusSeconds(60));

        assertThatThrownBy(() -> authenticator.authenticate(Optional.of("Bearer " + token)))
                .isInstanceOfSatisfying(WebRequestException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void verifiesEs256TokensWithKeysFromAJwksFile(@TempDir Path dir) throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());
        var authenticator = new JwtCallerAuthenticator(JwtSettings.jwksFile(file));

        String token = Tokens.sign(new ECDSASigner(key), JWSAlgorithm.ES256, "ec-1", CLAIMS, Instant.now().plusSeconds(60));

        assertThat(authenticator.authenticate(Optional.of("Bearer " + token)).owner().id().value()).isEqualTo("tenant-1");
        String hs256 = Tokens.hs256(CLAIMS);
        assertUnauthenticated(() -> authenticator.authenticate(Optional.of("Bearer " + hs256)));
    }

    @Test
    void checksIssuerAndAudienceWhenConfigured() {
        var authenticator = new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET)
                .withIssuerAndAudience(Optional.of("https://app.acme.test"), Optional.of("connect")));

        String right = Tokens.hs256(Map.of("org_id", "t", "iss", "https://app.acme.test", "aud", "connect"));
        String wrongIssuer = Tokens.hs256(Map.of("org_id", "t", "iss", "https://evil.test", "aud", "connect"));
        String wrongAudience = Tokens.hs256(Map.of("org_id", "t", "iss", "https://app.acme.test", "aud", "other"));
        String noIssuer = Tokens.hs256(Map.of("org_id", "t", "aud", "connect"));

        assertThat(authenticator.authenticate(Optional.of("Bearer " + right)).owner().id().value()).isEqualTo("t");
        for (String token : new String[] {wrongIssuer, wrongAudience, noIssuer}) {
            assertUnauthenticated(() -> authenticator.authenticate(Optional.of("Bearer " + token)));
        }
    }

    @Test
    void readsConfiguredClaimNames() {
        var authenticator = new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET)
                .withClaims("tenant", "tenant_name", "preferred_username"));

        EndUser user = authenticator.authenticate(Optional.of("Bearer " + Tokens.hs256(
                Map.of("tenant", 42, "tenant_name", "Acme", "preferred_username", "alice"))));

        assertThat(user.owner().id().value()).isEqualTo("42");
        assertThat(user.owner().name().value()).isEqualTo("Acme");
        assertThat(user.userName().orElseThrow().value()).isEqualTo("alice");
    }

    @Test
    void anOverlongOwnerClaimIsRefused() {
        var authenticator = new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET));

        assertUnauthenticated(() -> authenticator.authenticate(
                Optional.of("Bearer " + Tokens.hs256(Map.of("org_id", "x".repeat(256))))));
        assertUnauthenticated(() -> authenticator.authenticate(
                Optional.of("Bearer " + Tokens.hs256(Map.of("org_id", Map.of("nested", 1))))));
    }

    @Test
    void settingsRefuseWeakOrMissingKeysAndNeverShowTheSecret() {
        assertThatThrownBy(() -> JwtSettings.hs256("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("short");
        assertThat(JwtSettings.hs256(Tokens.SECRET).toString()).doesNotContain(Tokens.SECRET);
        assertThatThrownBy(() -> new JwtSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertUnauthenticated(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WebRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.headers().get("WWW-Authenticate")).startsWith("Bearer realm=\"connect\"");
        });
    }
}
