package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.model.error.ConflictException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/admin/reconciliations}: the operator key and only the operator key; the report as JSON. */
public interface OperatorApiContract extends HttpContractFixture {

    String KEY = FakeUseCases.OPERATOR_KEY;
    ReconciliationReport REPORT = new ReconciliationReport(1, 2, 3, 4, Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-20T10:00:05.5Z"), false);

    private HttpResponse<String> reconcile(String authorization, String body) {
        HttpRequest.Builder request = client().request("/v1/admin/reconciliations")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client().send(request);
    }

    @Test
    default void theOperatorKeyRunsAReconciliationAndGetsItsReport() {
        AtomicInteger runs = new AtomicInteger();
        useCases().reconcileLinkedAccounts(() -> {
            runs.incrementAndGet();
            return REPORT;
        });

        HttpResponse<String> empty = reconcile("Bearer " + KEY, "");
        HttpResponse<String> braces = reconcile("bearer  " + KEY, "{}");

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo("{\"added\":1,\"updated\":2,\"deleted\":3,\"unchanged\":4,"
                + "\"startedAt\":\"2026-11-20T10:00:00Z\",\"finishedAt\":\"2026-11-20T10:00:05.500Z\",\"resumed\":false}");
        assertThat(braces.statusCode()).isEqualTo(200);
        assertThat(runs).hasValue(2);
    }

    @Test
    default void anEndUserTokenAWrongKeyOrNoneIsRefusedAndNothingRuns() {
        for (String authorization : new String[] {null, "Bearer " + Tokens.alice(), "Bearer " + KEY + "x",
                "Bearer " + KEY.substring(1), "Basic " + KEY, KEY}) {
            HttpResponse<String> answer = reconcile(authorization, "");

            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(WebClient.json(answer).get("code").asText()).isEqualTo("unauthenticated");
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("connect-operator");
            assertThat(answer.body()).doesNotContain(KEY.substring(10));
        }
    }

    @Test
    default void aRunUnderWayIs409AndAnUnknownFieldIs400() {
        useCases().reconcileLinkedAccounts(() -> {
            throw new ConflictException("a reconciliation is already running");
        });

        assertThat(reconcile("Bearer " + KEY, "").statusCode()).isEqualTo(409);
        HttpResponse<String> unknown = reconcile("Bearer " + KEY, "{\"dryRun\": true}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(unknown).get("field").asText()).isEqualTo("dryRun");
    }

    @Test
    default void theKeyIsNeverLogged() {
        useCases().reconcileLinkedAccounts(() -> {
            throw new IllegalStateException("boom inside the run");
        });
        String everything = CapturedLogs.during(() -> {
            assertThat(reconcile("Bearer " + KEY, "").statusCode()).isEqualTo(500);
            assertThat(reconcile("Bearer " + KEY + "-wrong", "").statusCode()).isEqualTo(401);
        });

        assertThat(everything).contains("boom inside the run").doesNotContain(KEY);
    }
}
