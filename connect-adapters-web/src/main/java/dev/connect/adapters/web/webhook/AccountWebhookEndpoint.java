package dev.connect.adapters.web.webhook;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import java.util.Map;
import java.util.Objects;

/**
/**
 * {@code POST /webhooks/<provider>}: hands the raw bytes, the headers and the arrival time to that provider's intake
 * without parsing anything (the signature covers the exact bytes), and answers 2xx only once the event is durably
 * stored. The same for every provider: what a delivery must look like is the provider's decoder's business. Each
 * outcome and each rejection is counted with the provider as its source ({@link WebhookMetrics}).
 */
public final class AccountWebhookEndpoint {

    private final String path;
    private final String source;
    private final ReceiveAccountEventUseCase receive;
    private final JsonCodec json;
    private final WebhookMetrics metrics;

    public AccountWebhookEndpoint(String provider, ReceiveAccountEventUseCase receive, JsonCodec json,
                                  WebhookMetrics metrics) {
        this.path = AccountWebhooks.path(provider);
        this.source = provider;
        this.receive = Objects.requireNonNull(receive, "receive");
        this.json = json;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public HttpRoute route() {
        return new HttpRoute("POST", path, WebhookDelivery.MAX_BODY_BYTES, this::receive);
    }

    HttpResponse receive(HttpRequest request) {
        Result result;
        try {
            result = receive.receive(new ReceiveAccountEventUseCase.Command(
                    new WebhookDelivery(request.body(), request.headers(), request.receivedAt())));
        } catch (RuntimeException refused) {
            metrics.rejected(source, refused);
            throw refused;
        }
        String outcome = outcome(result);
        metrics.accepted(source, outcome);
        return json.response(200, Map.of("status", outcome));
    }

    /** No default: a new outcome does not compile here until it has its answer. */
    static String outcome(Result result) {
        return switch (result.outcome()) {
            case APPLIED -> "applied";
            case DUPLICATE -> "duplicate";
            case OUTDATED -> "outdated";
            case IGNORED -> "ignored";
        };
    }
}
