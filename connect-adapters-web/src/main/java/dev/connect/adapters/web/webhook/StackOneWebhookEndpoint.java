package dev.connect.adapters.web.webhook;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import java.util.Map;

/**
 * {@code POST /webhooks/stackone}: hands the raw bytes, the headers and the arrival time to the use case without
 * parsing anything (the signature covers the exact bytes), and answers 2xx only once the event is durably stored.
 * Each outcome and each rejection is counted ({@link WebhookMetrics}).
 */
public final class StackOneWebhookEndpoint {

    public static final String PATH = "/webhooks/stackone";
    static final String SOURCE = "stackone";

    private final ReceiveAccountEventUseCase receive;
    private final JsonCodec json;
    private final WebhookMetrics metrics;

    public StackOneWebhookEndpoint(ReceiveAccountEventUseCase receive, JsonCodec json, WebhookMetrics metrics) {
        this.receive = receive;
        this.json = json;
        this.metrics = metrics;
    }

    public HttpRoute route() {
        return new HttpRoute("POST", PATH, WebhookDelivery.MAX_BODY_BYTES, this::receive);
    }

    HttpResponse receive(HttpRequest request) {
        Result result;
        try {
            result = receive.receive(new ReceiveAccountEventUseCase.Command(
                    new WebhookDelivery(request.body(), request.headers(), request.receivedAt())));
        } catch (RuntimeException refused) {
            metrics.rejected(SOURCE, refused);
            throw refused;
        }
        String outcome = outcome(result);
        metrics.accepted(SOURCE, outcome);
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
