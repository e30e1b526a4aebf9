package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.domain.model.owner.EndUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What pages get beside the API: {@code GET /v1/frontend-config} (where StackOne is) and the embedded default's
 * {@code POST /v1/demo/sign-in} (a caller token for a demo owner).
 */
public interface FrontendContract extends HttpContractFixture {

    @Test
    default void theConfigurationSaysWhereTheHubAndConnectJsAreWithoutCredentials() {
        HttpResponse<String> answer = client().get("/v1/frontend-config", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.body()).isEqualTo("{\"mode\":\"sandbox\",\"hubBaseUrl\":\"http://127.0.0.1:4010\","
                + "\"hubAppUrl\":\"http://127.0.0.1:4010\","
                + "\"connectJsUrl\":\"http://127.0.0.1:4010/stackone/connect.js\","
                + "\"demoSignIn\":true}");
    }

    private HttpResponse<String> signIn(String body) {
        return client().postJson("/v1/demo/sign-in", null, body);
    }

    private EndUser callerOfASessionOpenedWith(String token) {
        assertThat(client().postJson("/v1/connect-sessions", token, "{}").statusCode()).isEqualTo(201);
        return useCases().sessionCommands().get(useCases().sessionCommands().size() - 1).request().endUser();
    }

    @Test
    default void theDemoSignInMintsAShortLivedTokenThatTheApiAcceptsForThatOwner() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> answer = signIn("{\"ownerId\": \"demo-acme\", \"ownerName\": \"Acme Demo\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = WebClient.json(answer);
        assertThat(body.get("operatorKey").asText()).isEqualTo(FakeUseCases.OPERATOR_KEY);
        assertThat(Instant.parse(body.get("expiresAt").asText()))
                .isBetween(before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
        EndUser caller = callerOfASessionOpenedWith(body.get("token").asText());
        assertThat(caller.owner().id().value()).isEqualTo("demo-acme");
        assertThat(caller.owner().name().value()).isEqualTo("Acme Demo");
        assertThat(caller.userName().orElseThrow().value()).isEqualTo("demo@demo.test");
        assertThat(client().get("/v1/accounts", body.get("token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    default void theOwnersNameIsItsIdWhenNotGiven() {
        String token = WebClient.json(signIn("{\"ownerId\": \"demo-globex\"}")).get("token").asText();

        assertThat(callerOfASessionOpenedWith(token).owner().name().value()).isEqualTo("demo-globex");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{}                                    | ownerId",
        "{\"ownerId\": \"\"}                   | ownerId",
        "{\"ownerId\": \"  \"}                 | ownerId",
        "{\"ownerId\": 42}                     | ownerId",
        "{\"ownerId\": \"a\\u0007b\"}          | ownerId",
        "{\"ownerId\": \"a\", \"ownerName\": \"\"} | ownerName",
        "{\"ownerId\": \"a\", \"role\": \"admin\"} | role",
        "{\"ownerId\": \"a\", \"ownerId\": \"b\"}  | ownerId"})
    default void aBadSignInIsRefusedNamingTheField(String body, String field) {
        HttpResponse<String> answer = signIn(body);

        assertProblem(answer, 400, "invalid_request");
        assertThat(WebClient.json(answer).get("field").asText()).isEqualTo(field);
        assertThat(answer.body()).doesNotContain("token");
    }

    @Test
    default void aSignInThatIsNotJsonOrTooLargeIsRefused() {
        assertProblem(signIn("{\"ownerId\": "), 400, "invalid_request");
        assertProblem(signIn("{\"ownerId\": \"" + "x".repeat(256) + "\"}"), 400, "invalid_request");
        assertProblem(client().send(client().request("/v1/demo/sign-in").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ownerId=a"))), 415, "unsupported_media_type");
        assertProblem(signIn("{\"ownerId\": \"" + "x".repeat(2000) + "\"}"), 413, "payload_too_large");
        HttpResponse<String> get = client().get("/v1/demo/sign-in", null);
        assertProblem(get, 405, "method_not_allowed");
        assertThat(get.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    default void theDemoTokenAndTheOperatorKeyNeverReachTheLog() {
        StringBuilder token = new StringBuilder();
        String everything = CapturedLogs.during(() -> {
            HttpResponse<String> answer = signIn("{\"ownerId\": \"demo-logged\"}");
            token.append(WebClient.json(answer).get("token").asText());
            assertThat(client().get("/v1/accounts", token.toString()).statusCode()).isEqualTo(200);
            assertThat(client().get("/v1/accounts", token + "x").statusCode()).isEqualTo(401);
        });

        assertThat(everything).doesNotContain(token.toString()).doesNotContain(FakeUseCases.OPERATOR_KEY)
                .doesNotContain(Tokens.SECRET).doesNotContain(token.substring(token.lastIndexOf(".") + 1));
    }
}
