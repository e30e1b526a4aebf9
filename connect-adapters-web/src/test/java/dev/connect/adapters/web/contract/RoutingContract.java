package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which route answers a request, and how a request no route takes is refused: the same on every binding, because the
 * web adapter's route table decides, not the HTTP library.
 */
public interface RoutingContract extends HttpContractFixture {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/nope", "/index.html", "/v1", "/health/more", "/heal%74h"})
    default void aPathWithoutARouteIs404(String path) {
        assertProblem(client().send(client().request(path).GET()), 404, "not_found");
    }

    @Test
    default void aMethodThePathDoesNotHaveIs405NamingTheOnesItHas() {
        HttpResponse<String> get = client().send(client().request("/v1/connect-sessions").GET());
        HttpResponse<String> delete = client().send(client().request("/health").DELETE());

        assertProblem(get, 405, "method_not_allowed");
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertProblem(delete, 405, "method_not_allowed");
        assertThat(delete.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    /** A method no route has anywhere, unknown to HTTP libraries too, is refused by the same rules. */
    @Test
    default void anUnknownMethodIsRefusedLikeAnyOther() {
        HttpResponse<String> known = client().send(client().request("/health")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> unknown = client().send(client().request("/nope")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));

        assertProblem(known, 405, "method_not_allowed");
        assertThat(known.headers().firstValue("Allow")).contains("GET, HEAD");
        assertProblem(unknown, 404, "not_found");
    }

    /** Some libraries honour a method override header; here it changes nothing, so it cannot slip past a check. */
    @Test
    default void aMethodOverrideHeaderChangesNothing() {
        HttpResponse<String> response = client().send(client().request("/v1/connect-sessions")
                .header("X-HTTP-Method-Override", "POST").GET());

        assertProblem(response, 405, "method_not_allowed");
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void headAnswersAsGetWouldWithoutTheBody() {
        HttpResponse<String> response = client().send(client().request("/health")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.body()).isEmpty();
    }

    @Test
    default void oneTrailingSlashIsIgnored() {
        HttpResponse<String> response = client().send(client().request("/health/").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
    }

    @Test
    default void aQueryDoesNotChangeTheRoute() {
        assertThat(client().get("/v1/accounts?limit=5&provider=hibob", Tokens.alice()).statusCode()).isEqualTo(200);
    }

    @Test
    default void servesTheOpenApiDescription() {
        HttpResponse<String> openapi = client().send(client().request("/openapi.yaml").GET());

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.headers().firstValue("Content-Type")).contains("application/yaml");
        assertThat(openapi.body()).contains("/v1/connect-sessions").contains("openapi: 3.0.3");
    }

    /** Answers carry session tokens: none is compressed (BREACH), and every binding answers byte for byte alike. */
    @Test
    default void answersAreNeverCompressed() {
        HttpResponse<String> response = client().send(client().request("/openapi.yaml")
                .header("Accept-Encoding", "gzip, deflate, br").GET());

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).contains("openapi: 3.0.3");
    }
}
