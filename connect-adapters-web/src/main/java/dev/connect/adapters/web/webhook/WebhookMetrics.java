package dev.connect.adapters.web.webhook;

import dev.connect.domain.model.error.ConnectException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code connect.webhook.deliveries}: every delivery a webhook route handed to its use case, by source (the route's
 * provider), outcome ({@code applied}, {@code duplicate}, {@code outdated}, {@code ignored}, or {@code rejected}) and,
 * for a rejection, its reason (the problem's stable code: {@code signature_invalid}, {@code event_malformed},
 * {@code event_stale}, {@code storage_unavailable}, …). Bodies over the route's limit never reach the use case: they
 * are the route's 413s in {@code http.server.requests}.
 */
public final class WebhookMetrics {

    static final String NAME = "connect.webhook.deliveries";

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String source, String outcome) {
        counter(source, outcome, "none").increment();
    }

    void rejected(String source, RuntimeException failure) {
        counter(source, "rejected", failure instanceof ConnectException known ? known.code().code() : "internal_error")
                .increment();
    }

    private Counter counter(String source, String outcome, String reason) {
        return Counter.builder(NAME).description("webhook deliveries by outcome, and rejections by reason")
                .tag("source", source).tag("outcome", outcome).tag("reason", reason).register(registry);
    }
}
