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
 * {@code POST /webhooks/<provider>}: hands the raw bytes, the headers and the arrival time to that provider's intake
 * without parsing anything (the signature covers the exact bytes), and answers 2xx only once the event is durably
 * stored. The same for every provider: what a delivery must look like is the provider's decoder's business.
 */
public final class AccountWebhookEndpoint {

    private final String path;
    private final ReceiveAccountEventUseCase receive;
    private final JsonCodec json;

    public AccountWebhookEndpoint(String provider, ReceiveAccountEventUseCase receive, JsonCodec json) {
        this.path = AccountWebhooks.path(provider);
        this.receive = Objects.requireNonNull(receive, "receive");
        this.json = json;
    }

    public HttpRoute route() {
        return new HttpRoute("POST", path, WebhookDelivery.MAX_BODY_BYTES, this::receive);
    }

    HttpResponse receive(HttpRequest request) {
        Result result = receive.receive(new ReceiveAccountEventUseCase.Command(
                new WebhookDelivery(request.body(), request.headers(), request.receivedAt())));
        return json.response(200, Map.of("status", outcome(result)));
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
