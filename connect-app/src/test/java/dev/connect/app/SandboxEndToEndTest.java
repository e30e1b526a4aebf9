package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.sandbox.StackOneSandbox;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default end to end: connect with no StackOne key starts the sandbox; an account is linked through the
 * Hub's own calls, exactly as the Hub makes them; the signed webhook reaches connect and lands in its registry.
 */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class SandboxEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    ConnectSettings.HttpServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private ConnectApplication app;
    private StackOneSandbox sandbox;

    @BeforeEach
    void start(@TempDir Path data) {
        app = SandboxMode.start(data, server);
        sandbox = app.sandbox().orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void linksAnAccountThroughTheHubsCredentialFormAndTheWebhookReachesTheRegistry() throws Exception {
        String token = openSession("bamboohr");

        JsonNode settings = hub("GET", "/hub/settings", token, null);
        assertThat(settings.has("enabled_features")).isTrue();
        JsonNode connectors = hub("GET", "/hub/connectors", token, null).get("integrations");
        assertThat(connectors).singleElement().satisfies(c -> assertThat(c.get("provider").asText()).isEqualTo("bamboohr"));
        String integrationId = connectors.get(0).get("integration_id").asText();
        JsonNode config = hub("GET", "/hub/connectors/" + integrationId, token, null).get("config");
        assertThat(config.get("type").asText()).isEqualTo("custom");
        assertThat(config.get("configFields")).extracting(f -> f.get("key").asText()).contains("subdomain", "api_key");
        JsonNode created = hub("POST", "/hub/accounts", token, """
                {"integration_id": "%s", "credentials": {"subdomain": "acme", "api_key": "bamboo-key-123456"}}"""
                .formatted(integrationId));
        String accountId = created.get("id").asText();
        assertThat(created.get("provider").asText()).isEqualTo("bamboohr");

        JsonNode listed = sandboxApi("/accounts?origin_owner_id=tenant-7");
        assertThat(listed).anySatisfy(account -> {
            assertThat(account.get("id").asText()).isEqualTo(accountId);
            assertThat(account.get("origin_owner_id").asText()).isEqualTo("tenant-7");
        });

        LinkedAccount registered = awaitRegistered("tenant-7", accountId);
        assertThat(registered.ownerId()).contains(new OwnerId("tenant-7"));
        assertThat(registered.provider().value()).isEqualTo("bamboohr");
        assertThat(registered.state()).isEqualTo(LinkedAccountState.LINKED);
        // the sandbox logs a delivery once connect's answer is in: wait for it before reading the log
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).isTrue();
        assertThat(sandbox.webhookDeliveries()).anySatisfy(attempt -> {
            assertThat(attempt.event()).isEqualTo("account.created");
            assertThat(attempt.statusCode()).isEqualTo(200);
        });
    }

    @Test
    void linksAnAccountThroughTheOAuthPopupAndConnectionAttempts() throws Exception {
        String token = openSession("factorial");
        JsonNode integration = hub("GET", "/hub/connectors", token, null).get("integrations").get(0);
        String integrationId = integration.get("integration_id").asText();
        JsonNode config = hub("GET", "/hub/connectors/" + integrationId, token, null).get("config");
        assertThat(config.get("type").asText()).isEqualTo("oauth2");

        String attemptId = hub("POST", "/hub/connection_attempts", token, "{\"token\": \"" + token + "\"}")
                .get("id").asText();
        assertThat(hub("GET", "/hub/connection_attempts/" + attemptId, token, null).get("status").asText())
                .isEqualTo("pending");
        String query = "token=" + enc(token) + "&connection_attempt_id=" + enc(attemptId) + "&redirect_uri="
                + enc("http://localhost/callback");
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(
                sandbox.baseUrl().resolve("/connect/oauth2/" + integrationId + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("Approve");
        HttpResponse<String> approved = http.send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/connect/oauth2/" + integrationId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + enc(token) + "&connection_attempt_id="
                        + enc(attemptId) + "&decision=approve")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).isEqualTo(200);

        JsonNode attempt = hub("GET", "/hub/connection_attempts/" + attemptId, token, null);
        assertThat(attempt.get("status").asText()).isEqualTo("authenticated");
        String accountId = attempt.get("account").get("id").asText();
        LinkedAccount registered = awaitRegistered("tenant-7", accountId);
        assertThat(registered.provider().value()).isEqualTo("factorial");
        assertThat(registered.ownerId()).contains(new OwnerId("tenant-7"));
    }

    private String openSession(String provider) throws Exception {
        JsonNode session = SandboxMode.openSession(app, Map.of("org_id", "tenant-7", "org_name", "Initech",
                "email", "peter@initech.test"), provider);
        assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now().plusSeconds(1700));
        return session.get("token").asText();
    }

    /** A call exactly as the Hub makes it: JSON, the session token header, the Hub's version, no cookies. */
    private JsonNode hub(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .header("Content-Type", "application/json").header("x-hub-session-token", token)
                .header("x-hub-version", "1.11.4")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private JsonNode sandboxApi(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Waits for the sandbox to have delivered its webhooks (and connect to have answered them), then reads. */
    private LinkedAccount awaitRegistered(String owner, String accountId) throws InterruptedException {
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).as("the sandbox's webhooks were delivered").isTrue();
        return app.useCases().findLinkedAccount().find(new FindLinkedAccountUseCase.Query(new OwnerId(owner),
                        new AccountId(accountId)))
                .orElseThrow(() -> new AssertionError("the account.created webhook never reached connect's registry; "
                        + "deliveries: " + sandbox.webhookDeliveries()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
