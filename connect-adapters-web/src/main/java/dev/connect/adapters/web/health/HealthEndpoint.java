package dev.connect.adapters.web.health;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probes, unauthenticated, naming dependencies and nothing of their configuration:
 *
 * <ul>
 *   <li>{@code GET /health/live} (and its older name {@code GET /health}): 200 while the process answers at all, so
 *       that an orchestrator restarts it only when restarting helps; {@code {"status": "up"}}, with
 *       {@code "degraded": ["storage"]} while a dependency fails, so that the body never claims all is well</li>
 *   <li>{@code GET /health/ready}: 200 {@code {"status": "up"}} while every dependency works, 503
 *       {@code {"status": "down", "failing": ["storage", "stackone"]}} while one does not, so that traffic goes
 *       elsewhere meanwhile</li>
 * </ul>
 *
 * Both answer from what the health use case already knows; neither waits for a dependency.
 */
public final class HealthEndpoint {

    public static final String PATH = "/health";
    public static final String LIVE_PATH = "/health/live";
    public static final String READY_PATH = "/health/ready";

    private final CheckHealthUseCase checkHealth;
    private final JsonCodec json;

    public HealthEndpoint(CheckHealthUseCase checkHealth, JsonCodec json) {
        this.checkHealth = checkHealth;
        this.json = json;
    }

    public List<HttpRoute> routes() {
        return List.of(HttpRoute.get(PATH, this::live), HttpRoute.get(LIVE_PATH, this::live),
                HttpRoute.get(READY_PATH, this::ready));
    }

    HttpResponse live(HttpRequest request) {
        HealthReport report = checkHealth.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "up");
        if (!report.isUp()) {
            body.put("degraded", report.failing());
        }
        return answer(200, body);
    }

    HttpResponse ready(HttpRequest request) {
        HealthReport report = checkHealth.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.isUp() ? "up" : "down");
        if (!report.isUp()) {
            body.put("failing", report.failing());
        }
        return answer(report.isUp() ? 200 : 503, body);
    }

    private HttpResponse answer(int status, Map<String, Object> body) {
        return json.response(status, body).withHeader("Cache-Control", "no-store");
    }
}
