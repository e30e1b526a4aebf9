package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.model.error.ConflictException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/admin/reconciliations}: the operator key and only the operator key; the report as JSON. */
class OperatorApiHttpTest {

    private static final String KEY = "op-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final ReconciliationReport REPORT = new ReconciliationReport(1, 2, 3, 4,
            Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:00:05.5Z"), false);

    private static HttpResponse<String> run(WebClient client, String authorization, String body) {
        HttpRequest.Builder request = client.request("/v1/admin/reconciliations")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request);
    }

    @Test
    void theOperatorKeyRunsAReconciliationAndGetsItsReport() {
        AtomicInteger runs = new AtomicInteger();
        try (HttpServerHandle server = TestServer.with().operatorKey(KEY).reconcile(() -> {
            runs.incrementAndGet();
            return REPORT;
        }).start()) {
            WebClient client = new WebClient(server.port());
            HttpResponse<String> empty = run(client, "Bearer " + KEY, "");
            HttpResponse<String> braces = run(client, "bearer  " + KEY, "{}");

            assertThat(empty.statusCode()).isEqualTo(200);
            assertThat(empty.body()).isEqualTo("{\"added\":1,\"updated\":2,\"deleted\":3,\"unchanged\":4,"
                    + "\"startedAt\":\"2026-11-20T10:00:00Z\",\"finishedAt\":\"2026-11-20T10:00:05.500Z\",\"resumed\":false}");
            assertThat(braces.statusCode()).isEqualTo(200);
            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void anEndUserTokenAWrongKeyOrNoneIsRefusedAndNothingRuns() {
        try (HttpServerHandle server = TestServer.with().operatorKey(KEY).start()) {
            WebClient client = new WebClient(server.port());
            for (String authorization : new String[] {null, "Bearer " + Tokens.alice(), "Bearer " + KEY + "x",
                    "Bearer " + KEY.substring(1), "Basic " + KEY, KEY}) {
                HttpResponse<String> answer = run(client, authorization, "");

                assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
                assertThat(WebClient.json(answer).get("code").asText()).isEqualTo("unauthenticated");
                assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("connect-operator");
                assertThat(answer.body()).doesNotContain(KEY.substring(10));
            }
        }
    }

    @Test
    void withoutAConfiguredKeyTheOperatorApiSaysItIsNotConfigured() {
        try (HttpServerHandle server = TestServer.with().start()) {
            HttpResponse<String> answer = run(new WebClient(server.port()), "Bearer " + KEY, "");

            assertThat(answer.statusCode()).isEqualTo(401);
            JsonNode problem = WebClient.json(answer);
            assertThat(problem.get("detail").asText()).contains("not configured").contains("CONNECT_OPERATOR_API_KEY");
        }
    }

    @Test
    void aRunUnderWayIs409AndAnUnknownFieldIs400() {
        try (HttpServerHandle server = TestServer.with().operatorKey(KEY).reconcile(() -> {
            throw new ConflictException("a reconciliation is already running");
        }).start()) {
            WebClient client = new WebClient(server.port());

            assertThat(run(client, "Bearer " + KEY, "").statusCode()).isEqualTo(409);
            HttpResponse<String> unknown = run(client, "Bearer " + KEY, "{\"dryRun\": true}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(WebClient.json(unknown).get("field").asText()).isEqualTo("dryRun");
        }
    }

    @Test
    void theKeyIsNeverLoggedNorShownAndMustBeLongEnough() {
        String everything = CapturedLogs.during(() -> {
            try (HttpServerHandle server = TestServer.with().operatorKey(KEY).reconcile(() -> {
                throw new IllegalStateException("boom inside the run");
            }).start()) {
                WebClient client = new WebClient(server.port());
                assertThat(run(client, "Bearer " + KEY, "").statusCode()).isEqualTo(500);
                assertThat(run(client, "Bearer " + KEY + "-wrong", "").statusCode()).isEqualTo(401);
            }
        });

        assertThat(everything).contains("boom inside the run").doesNotContain(KEY);
        assertThat(new OperatorApiKey(KEY).toString()).doesNotContain(KEY);
        assertThatThrownBy(() -> new OperatorApiKey("too-short")).hasMessageNotContaining("too-short");
        assertThatThrownBy(() -> new OperatorApiKey("x".repeat(31))).isInstanceOf(IllegalArgumentException.class);
    }
}
