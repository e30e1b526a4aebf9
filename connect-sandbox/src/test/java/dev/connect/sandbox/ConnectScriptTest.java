package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /stackone/connect.js} and the page it frames, over HTTP: what any page may load, and nothing of a token. */
class ConnectScriptTest {

    private final StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.defaults());
    private final Http http = new Http(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void connectJsIsServedToPagesOfAnyOriginAndDefinesConnectStart() {
        Http.Answer script = http.send("GET", "/stackone/connect.js", null, Map.of("Origin", "http://app.test"));

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(script.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(script.body()).contains("window.Connect = {start: start, sandbox: true}");
        assertThat(sandbox.connectScriptUrl()).isEqualTo(sandbox.baseUrl().resolve("/stackone/connect.js"));
    }

    @Test
    void theEmbeddedHubPageRunsTheGenuineHubAndTakesItsTokenFromTheFragmentOnly() {
        Http.Answer page = http.send("GET", "/connect/embed", null, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/assets/stackone-hub/webcomponent.js").contains("location.hash")
                .doesNotContain("location.search");
    }
}
