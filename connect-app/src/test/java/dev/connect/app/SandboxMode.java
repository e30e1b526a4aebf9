package dev.connect.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.jdbc.JdbcSettings;
import dev.connect.app.logscan.KnownSecrets;
import dev.connect.sandbox.StackOneSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Starts the assembled app in its embedded default (no StackOne key) on free ports, with a database in {@code dir}, on
 * the HTTP server a test names: the end-to-end tests run on each.
 */
final class SandboxMode {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxMode() {
    }

    static ConnectApplication start(Path dir, ConnectSettings.HttpServer server) {
        return start(dir, server, Map.of());
    }

    /** As {@link #start(Path, ConnectSettings.HttpServer)}, with more {@code CONNECT_…} settings. */
    static ConnectApplication start(Path dir, ConnectSettings.HttpServer server, Map<String, String> more) {
        return start(dir, server, more, Clock.systemUTC());
    }

    /** As above, on the app's clock {@code clock} (the sandbox keeps the system's). */
    static ConnectApplication start(Path dir, ConnectSettings.HttpServer server, Map<String, String> more,
                                    Clock clock) {
        Map<String, String> env = new HashMap<>(more);
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        return startWith(dir, server, env, clock);
    }

    /**
     * Exactly as {@code java -jar} starts without configuration: no caller keys either, so connect generates its caller
     * secret and offers the demo sign-in. Only the port, the server and the database's place are set.
     */
    static ConnectApplication startEmbeddedDefault(Path dir, ConnectSettings.HttpServer server) {
        return startEmbeddedDefault(dir, server, Map.of());
    }

    /** As {@link #startEmbeddedDefault(Path, ConnectSettings.HttpServer)}, with more {@code CONNECT_…} settings. */
    static ConnectApplication startEmbeddedDefault(Path dir, ConnectSettings.HttpServer server,
                                                   Map<String, String> more) {
        return startWith(dir, server, new HashMap<>(more));
    }

    /** The settings {@link #startEmbeddedDefault(Path, ConnectSettings.HttpServer)} starts the app with. */
    static ConnectSettings embeddedDefaultSettings(Path dir, ConnectSettings.HttpServer server) {
        return settings(dir, server, new HashMap<>());
    }

    /** The settings {@link #start(Path, ConnectSettings.HttpServer)} starts the app with. */
    static ConnectSettings withCallerKeysSettings(Path dir, ConnectSettings.HttpServer server) {
        return settings(dir, server, new HashMap<>(Map.of("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET)));
    }

    private static ConnectSettings settings(Path dir, ConnectSettings.HttpServer server, Map<String, String> env) {
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_HTTP_SERVER", settingOf(server));
        env.putIfAbsent("CONNECT_DATABASE_URL", JdbcSettings.sqliteFile(dir.resolve("connect.db")).url());
        return ConnectSettings.fromEnvironment(env);
    }

    private static ConnectApplication startWith(Path dir, ConnectSettings.HttpServer server, Map<String, String> env) {
        return startWith(dir, server, env, Clock.systemUTC());
    }

    private static ConnectApplication startWith(Path dir, ConnectSettings.HttpServer server, Map<String, String> env,
                                                Clock clock) {
        ConnectApplication app = ConnectApplication.start(settings(dir, server, env), clock);
        if (app.sandbox().isEmpty()) {
            app.close();
            throw new AssertionError("without an API key the sandbox must run");
        }
        registerSecrets(app, env);
        return app;
    }

    /** What the secret scan looks for in everything the tests log. */
    private static void registerSecrets(ConnectApplication app, Map<String, String> env) {
        env.forEach((name, value) -> {
            if (name.contains("SECRET") || name.contains("KEY") || name.contains("PASSWORD")) {
                for (String each : value.split(",")) {
                    KnownSecrets.register(name, each.trim());
                }
            }
        });
        StackOneSandbox sandbox = app.sandbox().orElseThrow();
        KnownSecrets.register("the sandbox's StackOne API key", sandbox.apiKey());
        KnownSecrets.register("the sandbox's webhook secret", sandbox.webhookSecret());
        app.generatedOperatorKey().ifPresent(key -> KnownSecrets.register("the generated operator key", key.value()));
        app.generatedCallers().flatMap(callers -> callers.hs256Secret())
                .ifPresent(secret -> KnownSecrets.register("the generated caller secret", secret));
    }

    /** The value of {@code CONNECT_HTTP_SERVER} that chooses {@code server}. */
    static String settingOf(ConnectSettings.HttpServer server) {
        return server.name().toLowerCase(Locale.ROOT);
    }

    /** {@code POST /v1/connect-sessions} as the host application's page would call it; the session's JSON answer. */
    static JsonNode openSession(ConnectApplication app, Map<String, Object> claims, String provider) throws Exception {
        return openSession(app, claims, provider, false);
    }

    /** As above; with {@code multiple}, every account linked is a new one, even of the same owner and provider. */
    static JsonNode openSession(ConnectApplication app, Map<String, Object> claims, String provider, boolean multiple)
            throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.httpPort() + "/v1/connect-sessions"))
                .header("Authorization", "Bearer " + ConnectSessionEndToEndTest.jwt(claims))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"provider\": \"" + provider + "\", \"multiple\": "
                        + multiple + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("no session: " + response.statusCode() + " " + response.body());
        }
        JsonNode session = new ObjectMapper().readTree(response.body());
        KnownSecrets.register("a connect-session token", session.get("token").asText());
        return session;
    }

    /**
     * Links an account of {@code owner} the way an end user does: a session from connect, then the provider's form in
     * the Hub filled with values that fit the form's own patterns. Returns the account id StackOne gave it.
     */
    static String link(ConnectApplication app, String provider, String owner, boolean multiple) throws Exception {
        StackOneSandbox sandbox = app.sandbox().orElseThrow();
        String token = openSession(app, Map.of("org_id", owner, "org_name", owner), provider, multiple)
                .get("token").asText();
        return linkInHub(sandbox, token, provider);
    }

    /** Fills in the provider's form of the Hub for the session {@code token}; the account id StackOne gave it. */
    static String linkInHub(StackOneSandbox sandbox, String token, String provider) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode form = JSON.readTree(http.send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/hub/connectors/int_" + provider))
                .header("x-hub-session-token", token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        StringBuilder credentials = new StringBuilder();
        for (JsonNode field : form.get("config").get("configFields")) {
            credentials.append(credentials.length() == 0 ? "" : ",")
                    .append('"').append(field.get("key").asText()).append("\": \"")
                    .append(sampleValue(field)).append('"');
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/hub/accounts"))
                .header("Content-Type", "application/json").header("x-hub-session-token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"integration_id\": \"int_" + provider
                        + "\", \"credentials\": {" + credentials + "}}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() / 100 != 2) {
            throw new AssertionError("the Hub did not link the account: " + created.body());
        }
        return JSON.readTree(created.body()).get("id").asText();
    }

    /** A value that fits the field's own validation pattern, as a user following the form would type. */
    private static String sampleValue(JsonNode field) {
        String pattern = field.path("validation").path("pattern").asText("");
        for (String candidate : List.of("acme", "SERVICE-12345", "papi-0123456789", "abcdefghijklmnop1234",
                "wd5-impl-services1.workday.com")) {
            if (pattern.isEmpty() || candidate.matches(pattern)) {
                return candidate;
            }
        }
        return "abcdefghijklmnop1234";
    }

    /** The sandbox's StackOne API key as HTTP Basic credentials. */
    static String basicAuth(StackOneSandbox sandbox) {
        return "Basic " + Base64.getEncoder().encodeToString((sandbox.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
    }
}
