package dev.connect.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The assembled app: a browser's request in, the exact JSON StackOne receives out. */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class ConnectSessionEndToEndTest {

    @Parameter
    ConnectSettings.HttpServer server;

    private final WireMockServer stackOne = new WireMockServer(options().dynamicPort());
    private ConnectApplication app;

    @BeforeEach
    void start(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        stackOne.start();
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_HTTP_SERVER", SandboxMode.settingOf(server));
        env.put("CONNECT_STACKONE_API_KEY", ConnectSettingsTest.KEY);
        env.put("CONNECT_STACKONE_BASE_URL", stackOne.baseUrl());
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        env.put("CONNECT_WEBHOOK_SECRETS", "whsec-e2e");
        env.put("CONNECT_DATABASE_URL", dev.connect.adapters.jdbc.JdbcSettings.sqliteFile(data.resolve("connect.db")).url());
        app = ConnectApplication.start(ConnectSettings.fromEnvironment(env), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
        stackOne.stop();
    }

    @Test
    void theOwnerStackOneReceivesIsTheOneInTheToken() throws Exception {
        assertThat(app.sandbox()).as("with a real key none of the sandbox is started").isEmpty();
        stackOne.stubFor(post("/connect_sessions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": 7, "organization_id": 4711, "project_id": "proj", "origin_owner_id": "tenant-42",
                         "origin_owner_name": "Globex", "created_at": "2026-03-01T12:00:00Z", "token": "hub-token",
                         "auth_link_url": "https://hub.test/link"}""")));
        String jwt = jwt(Map.of("org_id", "tenant-42", "org_name", "Globex", "email", "hank@globex.test"));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/v1/connect-sessions"))
                        .header("Authorization", "Bearer " + jwt).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"provider\": \"bamboohr\", \"categories\": [\"hris\"], \"expiresIn\": 900}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"token\":\"hub-token\",\"expiresAt\":\"2026-03-01T12:15:00Z\"}");
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                        (ConnectSettingsTest.KEY + ":").getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(equalToJson("""
                        {"origin_owner_id": "tenant-42", "origin_owner_name": "Globex",
                         "origin_username": "hank@globex.test", "provider": "bamboohr", "categories": ["hris"],
                         "expires_in": 900}""")));
    }

    @Test
    void withAStackOneKeyAndNoOperatorKeyTheOperatorApiIsClosedAndSaysWhy() throws Exception {
        stackOne.resetRequests(); // the readiness check's GET /accounts at start
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/v1/admin/reconciliations"))
                        .header("Authorization", "Bearer any-key-at-all-0123456789abcdefghijklmnop")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not configured").contains("CONNECT_OPERATOR_API_KEY");
        stackOne.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    static String jwt(Map<String, Object> claims) throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(ConnectSettingsTest.JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        dev.connect.app.logscan.KnownSecrets.register("an issued JWT", jwt.serialize());
        return jwt.serialize();
    }
}
