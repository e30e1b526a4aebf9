package dev.connect.adapters.web.webhook;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.WebhookDelivery;
import dev.connect.domain.port.in.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.ReceiveAccountEventUseCase.Result;
import java.util.Map;

/**
 * {@code POST /webhooks/stackone}: hands the raw bytes, the headers and the arrival time to the use case without
 * parsing anything (the signature covers the exact bytes), and answers 2xx only once the event is durably stored.
 */
public final class StackOneWebhookEndpoint {

    public static final String PATH = "/webhooks/stackone";

    private final ReceiveAccountEventUseCase receive;
    private final JsonCodec json;

    public StackOneWebhookEndpoint(ReceiveAccountEventUseCase receive, JsonCodec json) {
        this.receive = receive;
        this.json = json;
    }

    public HttpRoute route() {
        return new HttpRoute("POST", PATH, WebhookDelivery.MAX_BODY_BYTES, this::receive);
    }

    HttpResponse receive(HttpRequest request) {
        Result result = receive.receive(new ReceiveAccountEventUseCase.Command(
                new WebhookDelivery(request.body(), request.headers(), request.receivedAt())));
        return json.response(200, Map.of("status", outcome(result)));
    }

    private static String outcome(Result result) {
        if (result instanceof Result.Applied) {
            return "applied";
        }
        if (result instanceof Result.Duplicate) {
            return "duplicate";
        }
        if (result instanceof Result.Outdated) {
            return "outdated";
        }
        return "ignored";
    }
}
