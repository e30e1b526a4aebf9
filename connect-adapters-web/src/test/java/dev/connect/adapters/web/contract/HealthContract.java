package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probes say what the health use case says, and nothing more: liveness ({@code /health/live}, and its older name
 * {@code /health}) is 200 while the process answers, naming failing dependencies as degraded; readiness
 * ({@code /health/ready}) is 503 while one fails.
 */
public interface HealthContract extends HttpContractFixture {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/health", "/health/live", "/health/ready"})
    default void upWhileEveryDependencyWorks(String probe) {
        HttpResponse<String> response = client().send(client().request(probe).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    default void notReadyAndNamingTheDependencyWhileOneFails() {
        failing("storage");

        HttpResponse<String> response = client().send(client().request("/health/ready").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = WebClient.json(response);
        assertThat(body.get("status").asText()).isEqualTo("down");
        assertThat(body.get("failing")).hasSize(1);
        assertThat(body.get("failing").get(0).asText()).isEqualTo("storage");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/health", "/health/live"})
    default void stillLiveButDegradedWhileOneFails(String probe) {
        failing("stackone");

        HttpResponse<String> response = client().send(client().request(probe).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\",\"degraded\":[\"stackone\"]}");
    }

    private void failing(String dependency) {
        HealthReport down = new HealthReport(List.of(
                DependencyHealth.failingSince(dependency, Instant.parse("2026-11-20T10:00:00Z")),
                DependencyHealth.up(dependency.equals("storage") ? "stackone" : "storage")));
        useCases().checkHealth(() -> down);
    }
}
