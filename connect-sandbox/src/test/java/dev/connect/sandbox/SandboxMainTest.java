package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Standalone settings from arguments and environment variables. */
class SandboxMainTest {

    @Test
    void defaultsToPort4010OnLoopback() {
        SandboxSettings settings = SandboxMain.settings(new String[0], Map.of());

        assertThat(settings.port()).isEqualTo(4010);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.apiKey()).isEqualTo(SandboxSettings.DEFAULT_API_KEY);
        assertThat(settings.stateFile()).isEmpty();
    }

    @Test
    void readsTheEnvironmentAndLetsArgumentsWin() {
        SandboxSettings settings = SandboxMain.settings(new String[] {"--port=0", "--bad-credentials=nope"}, Map.of(
                "SANDBOX_PORT", "9999",
                "SANDBOX_API_KEY", "v1.env.key",
                "SANDBOX_WEBHOOK_URLS", "http://127.0.0.1:8080/a, http://127.0.0.1:8080/b",
                "SANDBOX_WEBHOOK_SECRETS", "one,two",
                "SANDBOX_STATE_FILE", "data/sandbox.json",
                "SANDBOX_WEBHOOK_BACKOFF_MS", "100"));

        assertThat(settings.port()).isZero();
        assertThat(settings.apiKey()).isEqualTo("v1.env.key");
        assertThat(settings.webhookTargets()).containsExactly(URI.create("http://127.0.0.1:8080/a"),
                URI.create("http://127.0.0.1:8080/b"));
        assertThat(settings.webhookSecrets()).containsExactly("one", "two");
        assertThat(settings.primaryWebhookSecret()).isEqualTo("one");
        assertThat(settings.stateFile()).contains(Path.of("data/sandbox.json"));
        assertThat(settings.badCredentialsValue()).isEqualTo("nope");
        assertThat(settings.webhookInitialBackoff()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void refusesUnknownOrMalformedOptions() {
        assertThatThrownBy(() -> SandboxMain.settings(new String[] {"--colour=blue"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> SandboxMain.settings(new String[] {"--port=abc"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> SandboxMain.settings(new String[] {"8080"}, Map.of()))
                .hasMessageContaining("8080");
    }

    @Test
    void theBannerSaysWhatRunsWhereWithoutPrintingSecrets() {
        SandboxSettings settings = SandboxSettings.builder().apiKey("v1.private.key")
                .webhookSecrets(List.of("very-private-secret")).build();
        try (StackOneSandbox sandbox = StackOneSandbox.start(settings)) {
            String banner = SandboxMain.banner(sandbox);

            assertThat(banner).contains(sandbox.baseUrl().toString(), "/connect/hub?token=",
                    "/assets/stackone-hub/webcomponent.js", "/_sandbox/webhooks/deliveries", "bad-credentials");
            assertThat(banner).doesNotContain("v1.private.key", "very-private-secret");
        }
    }
}
