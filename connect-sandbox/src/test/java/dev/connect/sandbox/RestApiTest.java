package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RestApiTest {

    static StackOneSandbox sandbox;
    static Http http;

    @BeforeAll
    static void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.builder().apiKey("v1.test.secret-key-123").build());
        http = new Http(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Map<String, Object> owner(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("origin_owner_id", id);
        body.put("origin_owner_name", "Acme " + id);
        return body;
    }

    @Test
    void createsASessionShapedLikeStackOnes() {
        Map<String, Object> body = owner("tenant-1");
        body.put("origin_username", "ada@acme.test");
        body.put("provider", "bamboohr");
        body.put("categories", List.of("hris"));
        body.put("metadata", Map.of("source", "test"));
        body.put("expires_in", 600);

        Http.Answer answer = http.rest("POST", "/connect_sessions", body);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.get("id").isNumber()).isTrue();
        assertThat(json.get("organization_id").isIntegralNumber()).as("a number, as StackOne's schema types it").isTrue();
        assertThat(json.get("organization_id").asLong()).isEqualTo(SandboxSettings.DEFAULT_ORGANIZATION_ID);
        assertThat(json.get("project_id").asText()).isEqualTo("sandbox-project");
        assertThat(json.get("origin_owner_id").asText()).isEqualTo("tenant-1");
        assertThat(json.get("origin_owner_name").asText()).isEqualTo("Acme tenant-1");
        assertThat(json.get("origin_username").asText()).isEqualTo("ada@acme.test");
        assertThat(json.get("provider").asText()).isEqualTo("bamboohr");
        assertThat(json.get("categories").get(0).asText()).isEqualTo("hris");
        assertThat(json.get("metadata").get("source").asText()).isEqualTo("test");
        assertThat(json.get("type").asText()).isEqualTo("production");
        assertThat(Instant.parse(json.get("created_at").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(json.get("token").asText()).isNotBlank();
        assertThat(json.get("auth_link_url").asText())
                .isEqualTo(sandbox.baseUrl() + "/connect/hub?token=" + json.get("token").asText());
    }

    @Test
    void rejectsAnInvalidSessionWithStackOnesErrorBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("categories", List.of("hris", "payroll"));
        body.put("expires_in", -5);
        body.put("multiple", "yes");
        body.put("type", "staging");

        Http.Answer answer = http.rest("POST", "/connect_sessions", body);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode json = answer.json();
        assertThat(json.get("statusCode").asInt()).isEqualTo(400);
        assertThat(json.get("errorCode").asText()).isEqualTo("ValidationError");
        assertThat(json.get("timestamp").asText()).isNotBlank();
        assertThat(json.get("message").asText()).contains("origin_owner_id");
        List<String> errors = new ArrayList<>();
        json.get("errors").forEach(e -> errors.add(e.asText()));
        assertThat(errors).anyMatch(e -> e.contains("origin_owner_id is required"))
                .anyMatch(e -> e.contains("origin_owner_name is required"))
                .anyMatch(e -> e.contains("categories"))
                .anyMatch(e -> e.contains("expires_in"))
                .anyMatch(e -> e.contains("multiple"))
                .anyMatch(e -> e.contains("type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "\"text\""})
    void rejectsBodiesThatAreNotJsonObjects(String body) {
        Http.Answer answer = http.rest("POST", "/connect_sessions", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void rejectsAZeroExpiryAndAnUnknownAccount() {
        Map<String, Object> body = owner("tenant-2");
        body.put("expires_in", 0);
        assertThat(http.rest("POST", "/connect_sessions", body).status()).isEqualTo(400);

        Map<String, Object> edit = owner("tenant-2");
        edit.put("account_id", "404404404");
        Http.Answer answer = http.rest("POST", "/connect_sessions", edit);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("statusCode").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic Zm9vOg==", "Bearer v1.test.secret-key-123", "Basic djEudGVzdC5zZWNyZXQta2V5LTEyMzp4"})
    void refusesCallsWithoutTheApiKey(String authorization) {
        Map<String, String> headers = authorization.isEmpty() ? Map.of() : Map.of("Authorization", authorization);

        Http.Answer answer = http.send("GET", "/accounts", null, headers);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("statusCode").asInt()).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).isEqualTo("Unauthorized");
        assertThat(answer.body()).doesNotContain("secret-key");
    }

    @Test
    void authenticatesALiveTokenWithoutEchoingIt() {
        JsonNode session = http.session(owner("tenant-3"));

        Http.Answer answer = http.rest("POST", "/connect_sessions/authenticate",
                Map.of("token", session.get("token").asText()));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("origin_owner_id").asText()).isEqualTo("tenant-3");
        assertThat(answer.json().has("token")).isFalse();
        assertThat(answer.json().has("auth_link_url")).isFalse();
        assertThat(http.rest("POST", "/connect_sessions/authenticate", Map.of("token", "nope")).status())
                .isEqualTo(400);
        assertThat(http.rest("POST", "/connect_sessions/authenticate", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void tokensExpire() throws InterruptedException {
        Map<String, Object> body = owner("tenant-4");
        body.put("expires_in", 1);
        String token = http.session(body).get("token").asText();
        assertThat(http.hub("GET", "/hub/settings", null, token).status()).isEqualTo(200);

        Thread.sleep(1_100);

        assertThat(http.hub("GET", "/hub/settings", null, token).status()).isEqualTo(401);
        assertThat(http.rest("POST", "/connect_sessions/authenticate", Map.of("token", token)).status())
                .isEqualTo(400);
        assertThat(http.send("GET", "/connect/hub?token=" + token, null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void unknownAccountsAnswer404WithAJsonBody() {
        for (String method : List.of("GET", "DELETE")) {
            Http.Answer answer = http.rest(method, "/accounts/999", null);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("statusCode").asInt()).isEqualTo(404);
        }
        assertThat(http.rest("PATCH", "/accounts/999", Map.of("label", "x")).status()).isEqualTo(404);
        assertThat(http.rest("GET", "/accounts/999/meta", null).status()).isEqualTo(404);
        Http.Answer unknownRoute = http.rest("GET", "/nothing-here", null);
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(unknownRoute.json().get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void rejectsBadPagingParameters() {
        Http.Answer answer = http.rest("GET", "/accounts?page=0&page_size=abc", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").toString()).contains("page", "page_size");
    }
}
