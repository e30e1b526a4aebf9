package dev.connect.adapters.web;

import dev.connect.adapters.web.http.CorsPolicy;
import dev.connect.adapters.web.metrics.MetricsAccess;
import dev.connect.adapters.web.metrics.MetricsExposition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * How the API is operated, beside what it does: where its metrics go and who may read them, and which other origins'
 * pages may call it.
 *
 * @param meters        where HTTP and webhook metrics are recorded (the facade; the registry is the caller's choice)
 * @param cors          which other origins' pages may read answers
 * @param metrics       what {@code GET /metrics} serves; empty: it is a 404
 * @param metricsAccess who may read {@code GET /metrics}
 */
public record WebOptions(MeterRegistry meters, CorsPolicy cors, Optional<MetricsExposition> metrics,
                         MetricsAccess metricsAccess) {

    public WebOptions {
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(cors, "cors");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(metricsAccess, "metricsAccess");
    }

    /** Metrics kept in memory and not served, no cross-origin callers: what an embedder gets unless it says more. */
    public static WebOptions defaults() {
        return new WebOptions(new SimpleMeterRegistry(), CorsPolicy.none(), Optional.empty(), MetricsAccess.OPEN);
    }
}
