package dev.connect.adapters.web.metrics;

import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.problem.WebRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /metrics}: the metrics in the exposition format the composition root chose (Prometheus' text format in
 * the assembled app), open to any scraper or, with {@link MetricsAccess#OPERATOR}, only with the operator API key.
 * Without an exposition (an embedder that keeps its own registry) it is a 404.
 */
public final class MetricsEndpoint {

    public static final String PATH = "/metrics";

    private final Optional<MetricsExposition> exposition;
    private final MetricsAccess access;
    private final OperatorAuthenticator operators;

    public MetricsEndpoint(Optional<MetricsExposition> exposition, MetricsAccess access,
                           OperatorAuthenticator operators) {
        this.exposition = Objects.requireNonNull(exposition, "exposition");
        this.access = Objects.requireNonNull(access, "access");
        this.operators = Objects.requireNonNull(operators, "operators");
    }

    public HttpRoute route() {
        return HttpRoute.get(PATH, this::scrape);
    }

    HttpResponse scrape(HttpRequest request) {
        if (access == MetricsAccess.OPERATOR) {
            operators.authenticate(request.header("Authorization"));
        }
        MetricsExposition metrics = exposition.orElseThrow(WebRequestException::routeNotFound);
        return HttpResponse.of(200, metrics.contentType(), metrics.scrape().getBytes(StandardCharsets.UTF_8))
                .withHeader("Cache-Control", "no-store");
    }
}
