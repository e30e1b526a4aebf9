package dev.connect.sandbox;

import dev.connect.sandbox.faults.HttpFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults on demand for the REST and Hub APIs, armed through Java and through {@code /_sandbox/faults}. */
class HttpFaultsTest {

    StackOneSandbox sandbox;
    Http http;

    @BeforeEach
    void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void tooManyRequestsWithRetryAfterForTheNextNMatchingCalls() {
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts*", 7, 2));

        assertThat(http.rest("POST", "/connect_sessions", Flows.owner("f", "F")).status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            Http.Answer answer = http.rest("GET", "/accounts", null);
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.header("Retry-After")).isEqualTo("7");
            assertThat(answer.json().get("statusCode").asInt()).isEqualTo(429);
            assertThat(answer.json().get("message").asText()).isEqualTo("Too Many Requests");
        }
        assertThat(http.rest("GET", "/accounts", null).status()).isEqualTo(200);
    }

    @Test
    void aPatternWithAQueryHitsOnlyTheMatchingPageAndAPlainOneIgnoresTheQuery() {
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts?page=2&*", 1, 1));

        assertThat(http.rest("GET", "/accounts?page=1&page_size=25", null).status()).isEqualTo(200);
        assertThat(http.rest("GET", "/accounts", null).status()).isEqualTo(200);
        assertThat(http.rest("GET", "/accounts?page=2&page_size=25", null).status()).isEqualTo(429);
        assertThat(http.rest("GET", "/accounts?page=2&page_size=25", null).status()).isEqualTo(200);

        sandbox.injectFault(HttpFault.status("GET", "/accounts", 503, 1));
        assertThat(http.rest("GET", "/accounts?page=3", null).status()).isEqualTo(503);
    }

    @Test
    void requestTimeoutWithRetryAfter() {
        sandbox.injectFault(HttpFault.requestTimeout("POST", "/connect_sessions", 60, 1));

        Http.Answer answer = http.rest("POST", "/connect_sessions", Flows.owner("f", "F"));

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("Retry-After")).isEqualTo("60");
        assertThat(http.rest("POST", "/connect_sessions", Flows.owner("f", "F")).status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorsOverTheAdminEndpoint(int status) {
        Http.Answer armed = http.send("POST", "/_sandbox/faults",
                Map.of("method", "GET", "path", "/accounts/*", "kind", "status", "status", status, "times", 1),
                Map.of());
        assertThat(armed.status()).isEqualTo(201);

        Http.Answer answer = http.rest("GET", "/accounts/123", null);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.json().get("statusCode").asInt()).isEqualTo(status);
        assertThat(answer.header("Retry-After")).isNull();
        assertThat(http.rest("GET", "/accounts/123", null).status()).isEqualTo(404);
    }

    @Test
    void faultsApplyBeforeAuthenticationAndToTheHubApiWithCors() {
        sandbox.injectFault(HttpFault.status("*", "/hub/*", 503, 1));
        String token = http.session(Flows.owner("f", "F")).get("token").asText();

        Http.Answer answer = http.send("GET", "/hub/settings", null,
                Map.of("x-hub-session-token", token, "Origin", "http://localhost:3000"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    }

    @Test
    void slowAnswersAfterTheDelay() {
        http.send("POST", "/_sandbox/faults",
                Map.of("method", "GET", "path", "/accounts", "kind", "slow", "delay_ms", 600), Map.of());

        long start = System.nanoTime();
        Http.Answer answer = http.rest("GET", "/accounts", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(590));
        long again = System.nanoTime();
        http.rest("GET", "/accounts", null);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void dropClosesTheConnectionWithoutAnAnswer() throws Exception {
        // 3: one for the raw socket, two for the JDK client, which silently retries an idempotent call once.
        sandbox.injectFault(HttpFault.dropConnection("GET", "/accounts", 3));

        // Over a raw socket: not one byte comes back before the end of the stream.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + Http.basic(sandbox.apiKey()) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        // And as an HTTP client sees it.
        Http fresh = new Http(sandbox);
        assertThatThrownBy(() -> fresh.rest("GET", "/accounts", null)).isInstanceOf(UncheckedIOException.class);

        assertThat(http.rest("GET", "/accounts", null).status()).isEqualTo(200);
    }

    @Test
    void faultsAreListedValidatedAndCleared() {
        sandbox.injectFault(HttpFault.status("DELETE", "/accounts/*", 500, 3));
        JsonNode active = http.send("GET", "/_sandbox/faults", null, Map.of()).json();
        assertThat(active).hasSize(1);
        assertThat(active.get(0).get("method").asText()).isEqualTo("DELETE");
        assertThat(active.get(0).get("remaining").asInt()).isEqualTo(3);

        assertThat(http.send("POST", "/_sandbox/faults", Map.of("kind", "status", "status", 200), Map.of())
                .status()).isEqualTo(400);
        assertThat(http.send("POST", "/_sandbox/faults", Map.of("kind", "melt"), Map.of()).status()).isEqualTo(400);
        assertThat(http.send("POST", "/_sandbox/faults", "{", Map.of()).status()).isEqualTo(400);

        assertThat(http.send("DELETE", "/_sandbox/faults", null, Map.of()).status()).isEqualTo(204);
        assertThat(http.send("GET", "/_sandbox/faults", null, Map.of()).json()).isEmpty();
        sandbox.injectFault(HttpFault.status("*", "*", 500, 1));
        sandbox.clearFaults();
        assertThat(http.rest("GET", "/accounts", null).status()).isEqualTo(200);
    }

    @Test
    void theAdminApiIsNotBehindBasicAuthAndNeverFaulted() {
        sandbox.injectFault(HttpFault.status("*", "*", 500, 5));
        assertThat(http.send("GET", "/_sandbox/webhooks/deliveries", null, Map.of()).status()).isEqualTo(200);
        assertThat(http.send("GET", "/_sandbox/connectors", null, Map.of()).json().size())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void webPagesOfOtherOriginsCannotArmFaults() {
        Http.Answer answer = http.send("POST", "/_sandbox/faults", Map.of("kind", "drop"),
                Map.of("Origin", "http://evil.test"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("statusCode").asInt()).isEqualTo(403);
        assertThat(http.send("GET", "/_sandbox/faults", null, Map.of()).json()).isEmpty();
        assertThat(http.send("GET", "/_sandbox/faults", null, Map.of("Origin", sandbox.baseUrl().toString()))
                .status()).isEqualTo(200);
    }
}
