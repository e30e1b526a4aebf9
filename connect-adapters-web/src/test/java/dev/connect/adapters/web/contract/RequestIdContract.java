package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Every answer names its request's id: the caller's {@code X-Request-Id} when it is a plausible id, a generated one
 * otherwise; the same id is in the problem body and in every log line written while the request is answered,
 * the access log line among them.
 */
public interface RequestIdContract extends HttpContractFixture {

    String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    default void theCallersIdComesBackInTheHeaderAndTheProblem() {
        HttpResponse<String> response = client().send(client().request("/nope").header("X-Request-Id", "req-42.a:b_C")
                .GET());

        assertProblem(response, 404, "not_found");
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-42.a:b_C");
        assertThat(WebClient.json(response).get("requestId").asText()).isEqualTo("req-42.a:b_C");
    }

    @Test
    default void withoutAnIdEachAnswerGetsAFreshOne() {
        String first = client().send(client().request("/health").GET()).headers().firstValue("X-Request-Id")
                .orElseThrow();
        String second = client().send(client().request("/health").GET()).headers().firstValue("X-Request-Id")
                .orElseThrow();

        assertThat(first).matches(UUID);
        assertThat(second).matches(UUID).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"with space", "semi;colon", "quote\"d", "ünïcode", ""})
    default void anImplausibleIdIsReplacedNotRefused(String sent) {
        HttpResponse<String> response = client().send(client().request("/health").header("X-Request-Id", sent).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    }

    @Test
    default void anIdOver128CharactersIsReplaced() {
        String longest = "a".repeat(128);

        assertThat(client().send(client().request("/health").header("X-Request-Id", longest).GET())
                .headers().firstValue("X-Request-Id")).contains(longest);
        assertThat(client().send(client().request("/health").header("X-Request-Id", longest + "a").GET())
                .headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    }

    @Test
    default void everyLineLoggedWhileAnsweringCarriesTheIdAndTheAccessLogHasOneLine() {
        useCases().createConnectSession(command -> {
            LoggerFactory.getLogger("dev.connect.test.usecase").info("opening a session");
            return FakeUseCases.SESSION;
        });

        List<ILoggingEvent> events = CapturedLogs.events(() -> {
            HttpResponse<String> response = client().send(client().request("/v1/connect-sessions")
                    .header("Authorization", "Bearer " + Tokens.alice()).header("X-Request-Id", "trace-me-1")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).isEqualTo(201);
        });

        assertThat(events).filteredOn(event -> event.getLoggerName().equals("dev.connect.test.usecase"))
                .singleElement().satisfies(event -> assertThat(event.getMDCPropertyMap())
                        .containsEntry("requestId", "trace-me-1"));
        assertThat(events).filteredOn(event -> event.getLoggerName().equals("dev.connect.access"))
                .singleElement().satisfies(event -> {
                    assertThat(event.getFormattedMessage()).startsWith("POST /v1/connect-sessions 201 ");
                    assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "trace-me-1");
                });
        assertThat(events).as("the id is not left behind on the server's threads").allSatisfy(event ->
                assertThat(event.getMDCPropertyMap().getOrDefault("requestId", "trace-me-1")).isEqualTo("trace-me-1"));
    }
}
