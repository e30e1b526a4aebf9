package dev.connect.app;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.adapters.jdbc.JdbcSettings;
import dev.connect.adapters.nango.NangoStub;
import dev.connect.app.logscan.KnownSecrets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The assembled app with {@code CONNECT_PROVIDER=nango}, against an HTTP stub of Nango on loopback, over HTTP: a
 * browser's session request becomes Nango's {@code POST /connect/sessions}, a signed Nango auth webhook lands in the
 * registry, a disconnect deletes the connection at Nango; Nango's keys never reach a log or an answer.
 */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class NangoEndToEndTest {

    private static final String SIGNING_KEY = "nango-e2e-signing-key";
    private static final String CONNECTION = "8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f";
    private static final Map<String, Object> HANK = Map.of("org_id", "tenant-42", "org_name", "Globex", "email",
            "hank@globex.test");

    @Parameter
    ConnectSettings.HttpServer server;

    private final NangoStub nango = new NangoStub();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Logger root;
    private ConnectApplication app;
    private ConnectClient connect;

    @BeforeEach
    void start(@TempDir Path data) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        context.getLogger("dev.connect.adapters.nango").setLevel(Level.DEBUG);
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        KnownSecrets.register("Nango's secret key", NangoStub.SECRET_KEY);
        KnownSecrets.register("a Nango secret key Nango refuses", NangoStub.REFUSED_KEY);
        KnownSecrets.register("Nango's webhook signing key", SIGNING_KEY);
        app = ConnectApplication.start(ConnectSettings.fromEnvironment(environment(data, NangoStub.SECRET_KEY)),
                Clock.systemUTC());
        connect = new ConnectClient(app);
    }

    private Map<String, String> environment(Path data, String secretKey) {
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_PROVIDER", "nango");
        env.put("CONNECT_NANGO_BASE_URL", nango.baseUrl().toString());
        env.put("CONNECT_NANGO_SECRET_KEY", secretKey);
        env.put("CONNECT_NANGO_WEBHOOK_SECRET", SIGNING_KEY);
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_HTTP_SERVER", SandboxMode.settingOf(server));
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        env.put("CONNECT_DATABASE_URL", JdbcSettings.sqliteFile(data.resolve("connect.db")).url());
        return env;
    }

    @AfterEach
    void stop() {
        app.close();
        nango.close();
        root.detachAppender(logs);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("dev.connect.adapters.nango").setLevel(null);
    }

    @Test
    void aSessionIsMintedAtNangoAndASignedAuthWebhookLinksTheAccount() throws Exception {
        assertThat(app.sandbox()).as("Nango has no sandbox").isEmpty();

        HttpResponse<String> session = connect.post("/v1/connect-sessions", jwt(HANK), "{\"provider\": \"hubspot\"}");

        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        JsonNode minted = ConnectClient.json(session);
        assertThat(minted.get("token").asText()).startsWith("nango_connect_session_");
        assertThat(Instant.parse(minted.get("expiresAt").asText())).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        nango.server().verify(1, postRequestedFor(urlEqualTo("/connect/sessions"))
                .withHeader("Authorization", equalTo("Bearer " + NangoStub.SECRET_KEY))
                .withRequestBody(equalToJson("""
                        {"end_user": {"id": "hank@globex.test", "email": "hank@globex.test",
                                      "display_name": "hank@globex.test"},
                         "organization": {"id": "tenant-42", "display_name": "Globex"},
                         "allowed_integrations": ["hubspot"],
                         "tags": {"organization_id": "tenant-42", "organization_name": "Globex",
                                  "end_user_id": "hank@globex.test", "end_user_email": "hank@globex.test"}}""")));

        // what Nango sends once the user has linked the connection in its Connect UI: the session's tags come back
        String webhook = NangoStub.authWebhook("creation", true, CONNECTION, "hubspot", Map.of(
                "organization_id", "tenant-42", "organization_name", "Globex", "end_user_id", "hank@globex.test"));

        assertThat(deliver(webhook, NangoStub.sign(SIGNING_KEY, bytes(webhook))).body())
                .isEqualTo("{\"status\":\"applied\"}");
        assertThat(deliver(webhook, NangoStub.sign(SIGNING_KEY, bytes(webhook))).body())
                .as("Nango's retry of the same webhook").isEqualTo("{\"status\":\"duplicate\"}");

        JsonNode accounts = ConnectClient.json(connect.get("/v1/accounts", jwt(HANK))).get("data");
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("id").asText()).isEqualTo(CONNECTION);
        assertThat(accounts.get(0).get("provider").asText()).isEqualTo("hubspot");
        assertThat(accounts.get(0).get("state").asText()).isEqualTo("linked");
        assertThat(accounts.get(0).get("ownerName").asText()).isEqualTo("Globex");
        assertThat(accounts.get(0).get("userName").asText()).isEqualTo("hank@globex.test");
        assertThat(ConnectClient.json(connect.get("/v1/accounts", jwt(Map.of("org_id", "tenant-7")))).get("data"))
                .as("another tenant sees nothing").isEmpty();
    }

    @Test
    void onlyNangosWebhookRouteIsServedAndAForgedDeliveryChangesNothing() throws Exception {
        String webhook = NangoStub.authWebhook("creation", true, CONNECTION, "hubspot", Map.of(
                "organization_id", "tenant-42"));

        HttpResponse<String> forged = deliver(webhook, NangoStub.sign("not-the-signing-key", bytes(webhook)));
        HttpResponse<String> stackOnes = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + app.httpPort() + "/webhooks/stackone")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ConnectClient.json(forged).get("code").asText()).isEqualTo("signature_invalid");
        assertThat(forged.body()).doesNotContain(SIGNING_KEY);
        assertThat(stackOnes.statusCode()).isEqualTo(404);
        assertThat(ConnectClient.json(connect.get("/v1/accounts", jwt(HANK))).get("data")).isEmpty();
    }

    /** connect's page opens StackOne's Hub, which cannot link a Nango connection: with Nango there is no page. */
    @Test
    void thereIsNoPageForStackOnesHub() {
        assertThat(connect.get("/", null).statusCode()).isEqualTo(404);
        assertThat(connect.get("/page/page.js", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDisconnectDeletesTheConnectionAtNangoInItsIntegration() throws Exception {
        String webhook = NangoStub.authWebhook("creation", true, CONNECTION, "hubspot", Map.of(
                "organization_id", "tenant-42", "organization_name", "Globex"));
        assertThat(deliver(webhook, NangoStub.sign(SIGNING_KEY, bytes(webhook))).statusCode()).isEqualTo(200);
        nango.givenLinkedConnection(CONNECTION, "hubspot", "tenant-42", "Globex");

        HttpResponse<String> disconnected = connect.delete("/v1/accounts/" + CONNECTION, jwt(HANK));

        assertThat(disconnected.statusCode()).as(disconnected.body()).isEqualTo(200);
        assertThat(ConnectClient.json(disconnected).get("state").asText()).isEqualTo("deleted");
        nango.server().verify(1, deleteRequestedFor(urlEqualTo("/connections/" + CONNECTION
                + "?provider_config_key=hubspot")));
    }

    @Test
    void whatNangoCannotHonourIsAClearBadRequest() {
        HttpResponse<String> tenMinutes = connect.post("/v1/connect-sessions", jwt(HANK), "{\"expiresIn\": 600}");
        HttpResponse<String> categories = connect.post("/v1/connect-sessions", jwt(HANK),
                "{\"categories\": [\"crm\"]}");

        assertThat(tenMinutes.statusCode()).isEqualTo(400);
        assertThat(ConnectClient.json(tenMinutes).get("field").asText()).isEqualTo("expiresIn");
        assertThat(ConnectClient.json(tenMinutes).get("detail").asText()).contains("exactly 1800 seconds");
        assertThat(categories.statusCode()).isEqualTo(400);
        assertThat(ConnectClient.json(categories).get("field").asText()).isEqualTo("categories");
        nango.server().verify(0, postRequestedFor(urlEqualTo("/connect/sessions")));
    }

    @Test
    void nangosKeysNeverReachALogAnAnswerOrAFailure(@TempDir Path other) throws Exception {
        connect.post("/v1/connect-sessions", jwt(HANK), "{\"provider\": \"hubspot\"}");
        String webhook = NangoStub.authWebhook("creation", true, CONNECTION, "hubspot", Map.of(
                "organization_id", "tenant-42"));
        deliver(webhook, NangoStub.sign(SIGNING_KEY, bytes(webhook)));
        deliver(webhook, "0".repeat(64));
        HttpResponse<String> refused;
        Map<String, String> wrongKey = environment(other, NangoStub.REFUSED_KEY);
        try (ConnectApplication misconfigured = ConnectApplication.start(ConnectSettings.fromEnvironment(wrongKey),
                Clock.systemUTC())) {
            refused = new ConnectClient(misconfigured).post("/v1/connect-sessions", jwt(HANK), "{}");
        }
        wrongKey.put("CONNECT_NANGO_SECRET_KEY", NangoStub.SECRET_KEY + " with a space");
        InvalidSettingsException invalid = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(wrongKey));

        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(ConnectClient.json(refused).get("code").asText()).isEqualTo("upstream_misconfigured");
        assertThat(refused.body()).contains("CONNECT_NANGO_SECRET_KEY");
        List<String> everything = new java.util.ArrayList<>(logs.list.stream()
                .map(event -> event.getFormattedMessage() + " " + event.getThrowableProxy()).toList());
        everything.add(refused.body());
        everything.add(invalid.getMessage());
        everything.add(ConnectSettings.fromEnvironment(environment(other, NangoStub.SECRET_KEY)).toString());
        assertThat(logs.list).as("the Nango client logs its calls at DEBUG").isNotEmpty();
        for (String text : everything) {
            assertThat(text).doesNotContain(NangoStub.SECRET_KEY).doesNotContain(NangoStub.REFUSED_KEY)
                    .doesNotContain(SIGNING_KEY);
        }
    }

    private HttpResponse<String> deliver(String body, String signature) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/webhooks/nango"))
                .header("Content-Type", "application/json").header("X-Nango-Hmac-Sha256", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String jwt(Map<String, Object> claims) {
        try {
            return ConnectSessionEndToEndTest.jwt(claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
