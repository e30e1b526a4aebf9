package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Browsers: pages of the configured origins ({@link BindingUnderTest#ALLOWED_ORIGIN}) may call the API; a preflight
 * from any other origin is refused, and its pages' requests are answered without the permission to read them.
 */
public interface CorsContract extends HttpContractFixture {

    String OTHER_ORIGIN = "https://evil.example.test";

    @Test
    default void aPreflightFromAnAllowedOriginIsPermittedForThePathsMethods() {
        HttpResponse<String> response = client().send(preflight("/v1/connect-sessions", BindingUnderTest.ALLOWED_ORIGIN,
                "POST"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(BindingUnderTest.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers).contains("Authorization").contains("Content-Type").contains("X-Request-Id"));
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).contains("600");
        assertThat(response.headers().allValues("Vary")).contains("Origin");
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void aPreflightFromAnotherOriginIsRefused() {
        HttpResponse<String> response = client().send(preflight("/v1/connect-sessions", OTHER_ORIGIN, "POST"));

        assertProblem(response, 403, "origin_not_allowed");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    default void aPreflightForAPathWithoutARouteIs404() {
        assertProblem(client().send(preflight("/nope", BindingUnderTest.ALLOWED_ORIGIN, "GET")), 404, "not_found");
    }

    @Test
    default void anAllowedOriginMayReadTheAnswerAndItsRequestId() {
        HttpResponse<String> response = client().send(client().request("/v1/connect-sessions")
                .header("Origin", BindingUnderTest.ALLOWED_ORIGIN).header("Authorization", "Bearer " + Tokens.alice())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(BindingUnderTest.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("X-Request-Id").contains("Retry-After"));
        assertThat(response.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    default void anotherOriginsRequestIsAnsweredWithoutThePermissionToReadIt() {
        HttpResponse<String> response = client().send(client().request("/health").header("Origin", OTHER_ORIGIN).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    default void anOptionsRequestThatIsNoPreflightIsAMethodThePathDoesNotHave() {
        HttpResponse<String> response = client().send(client().request("/health")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertProblem(response, 405, "method_not_allowed");
    }

    private HttpRequest.Builder preflight(String path, String origin, String method) {
        return client().request(path).header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }
}
