package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /health} says what the health use case says, and nothing more. */
class HealthHttpTest {

    private final AtomicReference<HealthReport> report =
            new AtomicReference<>(new HealthReport(List.of(DependencyHealth.up("storage"))));
    private HttpServerHandle server;
    private WebClient client;

    @BeforeEach
    void start() {
        server = TestServer.with().checkHealth(report::get).start();
        client = new WebClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void upWhileEveryDependencyWorks() {
        HttpResponse<String> response = client.send(client.request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void downAndNamingTheDependencyWhileOneFails() {
        report.set(new HealthReport(List.of(DependencyHealth.failingSince("storage", Instant.parse("2026-11-20T10:00:00Z")),
                DependencyHealth.up("stackone"))));

        HttpResponse<String> response = client.send(client.request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = WebClient.json(response);
        assertThat(body.get("status").asText()).isEqualTo("down");
        assertThat(body.get("failing")).hasSize(1);
        assertThat(body.get("failing").get(0).asText()).isEqualTo("storage");
    }
}
