package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What the API records of its traffic, the same on every binding: each answer in {@code http.server.requests} by
 * route template (never the path itself, whose ids would multiply the series) and status; each webhook delivery by
 * outcome, and each rejection by reason; and {@code GET /metrics} serves the exposition it was given.
 */
public interface MetricsContract extends HttpContractFixture {

    @Test
    default void everyAnswerIsTimedByRouteTemplateMethodAndStatus() {
        double before = requests("GET", "/v1/accounts/{id}", "404");
        double unmatchedBefore = requests("GET", "unmatched", "404");

        client().get("/v1/accounts/acc-metrics-1", Tokens.alice());
        client().get("/v1/accounts/acc-metrics-2", Tokens.alice());
        client().get("/no-such-route", null);

        assertThat(requests("GET", "/v1/accounts/{id}", "404")).isEqualTo(before + 2);
        assertThat(requests("GET", "unmatched", "404")).isEqualTo(unmatchedBefore + 1);
        assertThat(meters().find("http.server.requests").tagKeys("route").timers())
                .noneMatch(timer -> timer.getId().getTag("route").contains("acc-metrics"));
        Timer timer = meters().find("http.server.requests").tag("route", "/v1/accounts/{id}").tag("status", "404")
                .tag("outcome", "CLIENT_ERROR").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    default void webhookOutcomesAndRejectionsAreCountedByReason() {
        double ignored = webhooks("ignored", "none");
        double forged = webhooks("rejected", "signature_invalid");
        double stale = webhooks("rejected", "event_stale");

        useCases().receiveAccountEvent(command -> new Result.Ignored(AccountWebhookContract.EVENT));
        assertThat(postWebhook().statusCode()).isEqualTo(200);
        useCases().receiveAccountEvent(command -> {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID, "refused");
        });
        assertThat(postWebhook().statusCode()).isEqualTo(401);
        assertThat(postWebhook().statusCode()).isEqualTo(401);
        useCases().receiveAccountEvent(command -> {
            throw new WebhookRejectedException(ErrorCode.EVENT_STALE, "refused");
        });
        assertThat(postWebhook().statusCode()).isEqualTo(400);

        assertThat(webhooks("ignored", "none")).isEqualTo(ignored + 1);
        assertThat(webhooks("rejected", "signature_invalid")).isEqualTo(forged + 2);
        assertThat(webhooks("rejected", "event_stale")).isEqualTo(stale + 1);
    }

    @Test
    default void theMetricsRouteServesTheExposition() {
        HttpResponse<String> response = client().send(client().request("/metrics").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "")).as("Tomcat drops the spaces").startsWith("text/plain;version=0.0.4"));
        assertThat(response.body()).isEqualTo(BindingUnderTest.EXPOSITION);
    }

    private HttpResponse<String> postWebhook() {
        return client().send(client().request("/webhooks/stackone").header("Content-Type", "application/json")
                .header("x-stackone-signature", AccountWebhookContract.SIGNATURE)
                .POST(HttpRequest.BodyPublishers.ofString(AccountWebhookContract.DELIVERY)));
    }

    private double requests(String method, String route, String status) {
        Timer timer = meters().find("http.server.requests").tag("method", method).tag("route", route)
                .tag("status", status).timer();
        return timer == null ? 0 : timer.count();
    }

    /** Every provider's deliveries are counted alike, told apart by their source. */
    @Test
    default void nangoDeliveriesAreCountedWithTheirSource() {
        double duplicates = webhooks("nango", "duplicate", "none");
        double forged = webhooks("nango", "rejected", "signature_invalid");
        double stackOne = webhooks("duplicate", "none");

        useCases().receiveAccountEvent(command -> new Result.Duplicate(AccountWebhookContract.EVENT));
        assertThat(postNangoWebhook().statusCode()).isEqualTo(200);
        useCases().receiveAccountEvent(command -> {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID, "refused");
        });
        assertThat(postNangoWebhook().statusCode()).isEqualTo(401);

        assertThat(webhooks("nango", "duplicate", "none")).isEqualTo(duplicates + 1);
        assertThat(webhooks("nango", "rejected", "signature_invalid")).isEqualTo(forged + 1);
        assertThat(webhooks("duplicate", "none")).as("nothing counted as StackOne's").isEqualTo(stackOne);
    }

    private HttpResponse<String> postNangoWebhook() {
        return client().send(client().request(AccountWebhookContract.NANGO_PATH)
                .header("Content-Type", "application/json")
                .header("X-Nango-Hmac-Sha256", AccountWebhookContract.NANGO_SIGNATURE)
                .POST(HttpRequest.BodyPublishers.ofString(AccountWebhookContract.NANGO_DELIVERY)));
    }

    private double webhooks(String outcome, String reason) {
        return webhooks("stackone", outcome, reason);
    }

    private double webhooks(String source, String outcome, String reason) {
        Counter counter = meters().find("connect.webhook.deliveries").tag("source", source)
                .tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
