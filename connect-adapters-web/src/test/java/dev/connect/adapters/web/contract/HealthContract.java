package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /health} says what the health use case says, and nothing more. */
public interface HealthContract extends HttpContractFixture {

    @Test
    default void upWhileEveryDependencyWorks() {
        HttpResponse<String> response = client().send(client().request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    default void downAndNamingTheDependencyWhileOneFails() {
        HealthReport down = new HealthReport(List.of(
                DependencyHealth.failingSince("storage", Instant.parse("2026-11-20T10:00:00Z")),
                DependencyHealth.up("stackone")));
        useCases().checkHealth(() -> down);

        HttpResponse<String> response = client().send(client().request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = WebClient.json(response);
        assertThat(body.get("status").asText()).isEqualTo("down");
        assertThat(body.get("failing")).hasSize(1);
        assertThat(body.get("failing").get(0).asText()).isEqualTo("storage");
    }
}
