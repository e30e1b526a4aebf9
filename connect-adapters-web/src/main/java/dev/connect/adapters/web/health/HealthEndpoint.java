package dev.connect.adapters.web.health;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: 200 {@code {"status": "up"}} while every dependency works, 503 {@code {"status": "down",
 * "failing": ["storage"]}} while one does not. Unauthenticated, so it names dependencies and nothing of their
 * configuration.
 */
public final class HealthEndpoint {

    public static final String PATH = "/health";

    private final CheckHealthUseCase checkHealth;
    private final JsonCodec json;

    public HealthEndpoint(CheckHealthUseCase checkHealth, JsonCodec json) {
        this.checkHealth = checkHealth;
        this.json = json;
    }

    public HttpRoute route() {
        return HttpRoute.get(PATH, this::health);
    }

    HttpResponse health(HttpRequest request) {
        HealthReport report = checkHealth.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.isUp() ? "up" : "down");
        if (!report.isUp()) {
            body.put("failing", report.failing());
        }
        return json.response(report.isUp() ? 200 : 503, body).withHeader("Cache-Control", "no-store");
    }
}
