package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.app.logscan.LogCapture;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.HttpFault;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operating the assembled app over HTTP: the metrics an operator graphs, scraped from {@code /metrics} and parsed as
 * Prometheus does, after real traffic; the request id from the caller to every log line; each owner's share of
 * session creation; the CORS setting; metrics behind the operator key.
 */
class OperationsEndToEndTest {

    private static final String ORIGIN = "https://app.example.test";

    private ConnectApplication app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void afterTrafficTheMetricsAnOperatorGraphsAreScrapedAndParsed(@TempDir Path dir) throws Exception {
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.JAVALIN);
        ConnectClient client = new ConnectClient(app);
        StackOneSandbox sandbox = app.sandbox().orElseThrow();
        String owner = "tenant-metrics";
        String account = SandboxMode.link(app, "bamboohr", owner, false);
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(10))).isTrue();
        sandbox.redeliverWebhook(sandbox.webhookDeliveries().get(sandbox.webhookDeliveries().size() - 1).deliveryId());
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(client.post("/webhooks/stackone", null, "{}").statusCode()).as("unsigned").isEqualTo(401);
        sandbox.injectFault(HttpFault.status("GET", "/accounts/*", 503, 1));
        assertThat(client.get("/v1/accounts/" + account + "?check=true", ConnectClient.tokenFor(owner)).statusCode())
                .as("answered after one retry").isEqualTo(200);

        HttpResponse<String> scrape = client.get("/metrics", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        List<PrometheusText.Sample> metrics = PrometheusText.parse(scrape.body());

        assertThat(PrometheusText.sum(metrics, "http_server_requests_seconds_count",
                Map.of("method", "POST", "route", "/v1/connect-sessions", "status", "201"))).isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.has(metrics, "http_server_requests_seconds_bucket",
                Map.of("route", "/v1/accounts/{id}", "status", "200", "le", "+Inf"))).as("a latency histogram").isTrue();
        assertThat(PrometheusText.sum(metrics, "connect_webhook_deliveries_total",
                Map.of("source", "stackone", "outcome", "applied"))).isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_webhook_deliveries_total",
                Map.of("source", "stackone", "outcome", "duplicate"))).isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_webhook_deliveries_total",
                Map.of("outcome", "rejected", "reason", "signature_invalid"))).isEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_provider_requests_seconds_count",
                Map.of("provider", "stackone", "operation", "createConnectSession", "status", "201", "client", "interactive")))
                .isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_provider_requests_seconds_count",
                Map.of("provider", "stackone", "operation", "getAccount", "status", "503"))).isEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_provider_retries_total",
                Map.of("provider", "stackone", "operation", "getAccount")))
                .isEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_provider_requests_seconds_count",
                Map.of("provider", "stackone", "operation", "listAccounts", "client", "probe"))).as("readiness").isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "connect_linked_accounts", Map.of("state", "linked")))
                .isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.has(metrics, "connect_linked_accounts", Map.of("state", "deleted"))).isTrue();
        assertThat(PrometheusText.sum(metrics, "hikaricp_connections_max", Map.of("pool", "connect-jdbc")))
                .isEqualTo(10);
        assertThat(PrometheusText.has(metrics, "hikaricp_connections_active", Map.of())).isTrue();
        for (String jvmAndProcess : List.of("jvm_memory_used_bytes", "jvm_threads_live_threads",
                "jvm_classes_loaded_classes", "process_uptime_seconds", "process_cpu_usage", "system_cpu_count")) {
            assertThat(PrometheusText.has(metrics, jvmAndProcess, Map.of("application", "connect")))
                    .as(jvmAndProcess).isTrue();
        }
        assertThat(metrics).as("no series per account id").noneMatch(sample -> sample.labels().containsValue(account)
                || sample.labels().values().stream().anyMatch(value -> value.contains(account)));
    }

    @Test
    void theCallersRequestIdIsAnsweredAndInEveryLineLoggedMeanwhile(@TempDir Path dir) throws Exception {
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.SERVLET);
        String requestId = "e2e-trace-" + System.nanoTime();

        HttpResponse<String> response = new ConnectClient(app).postWithHeaders("/v1/connect-sessions",
                ConnectClient.tokenFor("tenant-trace"), "{}", Map.of("X-Request-Id", requestId));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        List<String> lines = LogCapture.text().lines().filter(line -> line.contains(requestId)).toList();
        assertThat(lines).as("the StackOne call made for it").anyMatch(line ->
                line.contains("dev.connect.adapters.stackone.http {requestId=" + requestId + "}"));
        assertThat(lines).as("the access log").anyMatch(line ->
                line.contains("dev.connect.access {requestId=" + requestId + "} POST /v1/connect-sessions 201 "));
    }

    @Test
    void anOwnerOverItsShareIsThrottledAndAnotherIsNot(@TempDir Path dir) {
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.JAVALIN, Map.of("CONNECT_OWNER_RATE_LIMIT", "3"));
        ConnectClient client = new ConnectClient(app);
        String busy = ConnectClient.tokenFor("tenant-busy");

        for (int i = 0; i < 3; i++) {
            assertThat(client.post("/v1/connect-sessions", busy, "{}").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> throttled = client.post("/v1/connect-sessions", busy, "{}");
        HttpResponse<String> other = client.post("/v1/connect-sessions", ConnectClient.tokenFor("tenant-calm"), "{}");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(ConnectClient.json(throttled).get("code").asText()).isEqualTo("owner_rate_limited");
        assertThat(throttled.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 20L));
        assertThat(other.statusCode()).isEqualTo(201);
    }

    @Test
    void onlyConfiguredOriginsMayCallFromABrowser(@TempDir Path dir) {
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.JAVALIN, Map.of("CONNECT_CORS_ALLOWED_ORIGINS", ORIGIN));
        ConnectClient client = new ConnectClient(app);

        HttpResponse<String> allowed = client.preflight("/v1/connect-sessions", ORIGIN, "POST");
        HttpResponse<String> other = client.preflight("/v1/connect-sessions", "https://elsewhere.example.test", "POST");

        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(ConnectClient.json(other).get("code").asText()).isEqualTo("origin_not_allowed");
    }

    @Test
    void metricsMayBeKeptForTheOperator(@TempDir Path dir) {
        String key = "operator-key-for-metrics-0123456789abcdef";
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.JAVALIN, Map.of("CONNECT_METRICS_ACCESS", "operator",
                "CONNECT_OPERATOR_API_KEY", key));
        ConnectClient client = new ConnectClient(app);

        HttpResponse<String> anonymous = client.get("/metrics", null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(client.get("/metrics", key).statusCode()).isEqualTo(200);
        assertThat(client.get("/health/ready", null).statusCode()).as("probes stay open").isEqualTo(200);
    }
}
