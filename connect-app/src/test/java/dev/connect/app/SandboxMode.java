package dev.connect.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.jdbc.JdbcSettings;
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
import java.util.Map;

/**
 * Starts the assembled app in its embedded default (no StackOne key) on free ports, with a database in {@code dir}, on
 * the HTTP server a test names: the end-to-end tests run on each.
 */
final class SandboxMode {

    private SandboxMode() {
    }

    static ConnectApplication start(Path dir, ConnectSettings.HttpServer server) {
        return start(dir, server, Map.of());
    }

    /** As {@link #start(Path, ConnectSettings.HttpServer)}, with more {@code CONNECT_…} settings. */
    static ConnectApplication start(Path dir, ConnectSettings.HttpServer server, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_HTTP_SERVER", settingOf(server));
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        env.put("CONNECT_DATABASE_URL", JdbcSettings.h2File(dir.resolve("connect").toString()).url());
        ConnectApplication app = ConnectApplication.start(ConnectSettings.fromEnvironment(env), Clock.systemUTC());
        if (app.sandbox().isEmpty()) {
            app.close();
            throw new AssertionError("without an API key the sandbox must run");
        }
        return app;
    }

    /** The value of {@code CONNECT_HTTP_SERVER} that chooses {@code server}. */
    static String settingOf(ConnectSettings.HttpServer server) {
        return server.name().toLowerCase(Locale.ROOT);
    }

    /** {@code POST /v1/connect-sessions} as the host application's page would call it; the session's JSON answer. */
    static JsonNode openSession(ConnectApplication app, Map<String, Object> claims, String provider) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.httpPort() + "/v1/connect-sessions"))
                .header("Authorization", "Bearer " + ConnectSessionEndToEndTest.jwt(claims))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"provider\": \"" + provider + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("no session: " + response.statusCode() + " " + response.body());
        }
        return new ObjectMapper().readTree(response.body());
    }

    /** The sandbox's StackOne API key as HTTP Basic credentials. */
    static String basicAuth(StackOneSandbox sandbox) {
        return "Basic " + Base64.getEncoder().encodeToString((sandbox.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
    }
}
