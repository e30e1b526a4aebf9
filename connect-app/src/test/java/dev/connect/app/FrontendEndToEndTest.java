package dev.connect.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connect.adapters.jdbc.JdbcSettings;
import dev.connect.app.logscan.KnownSecrets;
import dev.connect.sandbox.StackOneSandbox;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the assembled app serves to browsers, by mode: the examples, where StackOne is, and the demo sign-in, which
 * exists only in the embedded default.
 */
class FrontendEndToEndTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(ConnectSettings.HttpServer.class)
    void theEmbeddedDefaultServesTheExamplesPointsThemAtTheSandboxAndSignsInDemoOwners(
            ConnectSettings.HttpServer server) {
        try (ConnectApplication app = SandboxMode.startEmbeddedDefault(data, server)) {
            ConnectClient connect = new ConnectClient(app);
            StackOneSandbox sandbox = app.sandbox().orElseThrow();

            JsonNode config = ConnectClient.json(connect.get("/v1/frontend-config", null));
            assertThat(config.get("mode").asText()).isEqualTo("sandbox");
            assertThat(config.get("hubBaseUrl").asText()).isEqualTo(sandbox.baseUrl().toString());
            assertThat(config.get("connectJsUrl").asText()).isEqualTo(sandbox.connectScriptUrl().toString());
            assertThat(config.get("demoSignIn").asBoolean()).isTrue();

            HttpResponse<String> signedIn = connect.post("/v1/demo/sign-in", null, "{\"ownerId\": \"demo-acme\"}");
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(201);
            String token = ConnectClient.json(signedIn).get("token").asText();
            String operatorKey = ConnectClient.json(signedIn).get("operatorKey").asText();
            assertThat(connect.post("/v1/connect-sessions", token, "{}").statusCode()).isEqualTo(201);
            assertThat(connect.get("/v1/accounts", token).statusCode()).isEqualTo(200);
            assertThat(connect.post("/v1/admin/reconciliations", operatorKey, "{}").statusCode()).isEqualTo(200);

            assertThat(connect.get("/examples/", null).body()).contains("react/#/hub").contains("script/");
            HttpResponse<String> react = connect.get("/examples/react/", null);
            assertThat(react.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
            Matcher bundle = Pattern.compile("src=\"(app-[A-Z0-9]+\\.js)\"").matcher(react.body());
            assertThat(bundle.find()).as(react.body()).isTrue();
            HttpResponse<String> script = connect.get("/examples/react/" + bundle.group(1), null);
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript;charset=utf-8");

            assertThePageOpensTheHubAt(connect, sandbox.baseUrl().toString());
            assertThat(connect.get("/examples/script/", null).body()).contains("Connect.start");
            assertThat(connect.get("/examples/asset-manifest.txt", null).statusCode()).isEqualTo(404);
            assertThat(app.servesExamples()).isTrue();
        }
    }

    /** The demo hands out only the operator key it generated: a configured one is a secret of its operator's. */
    @Test
    void theDemoSignInNeverHandsOutAConfiguredOperatorKey() {
        String configured = "a-configured-operator-key-0123456789abcdef";
        try (ConnectApplication app = SandboxMode.startEmbeddedDefault(data, ConnectSettings.HttpServer.JAVALIN,
                Map.of("CONNECT_OPERATOR_API_KEY", configured))) {
            HttpResponse<String> signedIn = new ConnectClient(app).post("/v1/demo/sign-in", null,
                    "{\"ownerId\": \"demo-acme\"}");

            assertThat(signedIn.statusCode()).isEqualTo(201);
            assertThat(ConnectClient.json(signedIn).has("operatorKey")).isFalse();
            assertThat(signedIn.body()).doesNotContain(configured);
        }
    }

    /** With caller keys of its own, connect has a real identity provider: no demo door beside it. */
    @Test
    void withConfiguredCallerKeysTheSandboxHasNoDemoSignIn() {
        try (ConnectApplication app = SandboxMode.start(data, ConnectSettings.HttpServer.JAVALIN)) {
            ConnectClient connect = new ConnectClient(app);

            assertThat(ConnectClient.json(connect.get("/v1/frontend-config", null)).get("demoSignIn").asBoolean())
                    .isFalse();
            assertThat(connect.post("/v1/demo/sign-in", null, "{\"ownerId\": \"a\"}").statusCode()).isEqualTo(404);
            assertThat(connect.get("/examples/react/", null).statusCode()).as("examples still served").isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(ConnectSettings.HttpServer.class)
    void withAStackOneKeyTheDemoSignInDoesNotExistAndTheConfigurationNamesStackOne(ConnectSettings.HttpServer server) {
        WireMockServer stackOne = new WireMockServer(options().dynamicPort());
        stackOne.start();
        try (ConnectApplication app = ConnectApplication.start(ConnectSettings.fromEnvironment(
                withStackOneKey(server, stackOne.baseUrl(), Map.of())), Clock.systemUTC())) {
            ConnectClient connect = new ConnectClient(app);

            HttpResponse<String> signIn = connect.post("/v1/demo/sign-in", null, "{\"ownerId\": \"demo-acme\"}");
            assertThat(signIn.statusCode()).isEqualTo(404);
            assertThat(signIn.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(ConnectClient.json(signIn).get("code").asText()).isEqualTo("not_found");
            JsonNode config = ConnectClient.json(connect.get("/v1/frontend-config", null));
            assertThat(config.get("mode").asText()).isEqualTo("stackone");
            assertThat(config.get("hubBaseUrl").asText()).isEqualTo(stackOne.baseUrl());
            assertThat(config.get("hubAppUrl").isNull()).isTrue();
            assertThat(config.get("connectJsUrl").asText()).isEqualTo("https://app.stackone.com/stackone/connect.js");
            assertThat(config.get("demoSignIn").asBoolean()).isFalse();
            assertThat(connect.get("/examples/react/", null).statusCode()).as("no demo pages unless asked for")
                    .isEqualTo(404);
            assertThePageOpensTheHubAt(connect, stackOne.baseUrl());
            assertThat(connect.get("/", null).headers().firstValue("Content-Security-Policy").orElseThrow())
                    .as("the Hub's OAuth pages at StackOne's app").contains("frame-src " + stackOne.baseUrl()
                            + " https://app.stackone.com;");
        } finally {
            stackOne.stop();
        }
    }

    @Test
    void withAStackOneKeyTheExamplesAreServedWhenAskedFor() {
        WireMockServer stackOne = new WireMockServer(options().dynamicPort());
        stackOne.start();
        try (ConnectApplication app = ConnectApplication.start(ConnectSettings.fromEnvironment(withStackOneKey(
                ConnectSettings.HttpServer.JAVALIN, stackOne.baseUrl(), Map.of("CONNECT_EXAMPLES", "true"))),
                Clock.systemUTC())) {
            ConnectClient connect = new ConnectClient(app);

            assertThat(connect.get("/examples/react/", null).statusCode()).isEqualTo(200);
            assertThat(connect.post("/v1/demo/sign-in", null, "{\"ownerId\": \"a\"}").statusCode()).isEqualTo(404);
        } finally {
            stackOne.stop();
        }
    }

    /**
     * connect's page at {@code /}, the same in every mode: its script, and the Hub's bundle served by connect itself;
     * its policy lets it reach connect and the Hub at {@code hub} only.
     */
    private static void assertThePageOpensTheHubAt(ConnectClient connect, String hub) {
        HttpResponse<String> page = connect.get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("connect-src 'self' " + hub).contains("script-src 'self';");
        assertThat(connect.get("/page/page.js", null).statusCode()).isEqualTo(200);
        HttpResponse<String> hubBundle = connect.get("/page/stackone-hub/webcomponent.js", null);
        assertThat(hubBundle.statusCode()).isEqualTo(200);
        assertThat(hubBundle.body()).contains("stackone-hub");
    }

    private Map<String, String> withStackOneKey(ConnectSettings.HttpServer server, String baseUrl,
                                                Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_HTTP_SERVER", SandboxMode.settingOf(server));
        env.put("CONNECT_STACKONE_API_KEY", ConnectSettingsTest.KEY);
        env.put("CONNECT_STACKONE_BASE_URL", baseUrl);
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        env.put("CONNECT_WEBHOOK_SECRETS", "whsec-e2e");
        env.put("CONNECT_DATABASE_URL", JdbcSettings.sqliteFile(data.resolve("connect.db")).url());
        env.forEach((name, value) -> {
            if (name.contains("KEY") || name.contains("SECRET")) {
                KnownSecrets.register(name, value);
            }
        });
        return env;
    }
}
