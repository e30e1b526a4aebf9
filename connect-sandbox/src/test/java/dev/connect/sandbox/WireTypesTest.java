package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every field the REST API answers has the JSON type stackone-api.md gives it (§2 sessions, §5 accounts, the error
 * body), so that a client written against StackOne's schema, e.g. its official SDKs, accepts the sandbox's answers.
 */
class WireTypesTest {

    private StackOneSandbox sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static final Map<String, JsonNodeType> SESSION = Map.ofEntries(
            Map.entry("id", JsonNodeType.NUMBER), Map.entry("organization_id", JsonNodeType.NUMBER),
            Map.entry("project_id", JsonNodeType.STRING), Map.entry("origin_owner_id", JsonNodeType.STRING),
            Map.entry("origin_owner_name", JsonNodeType.STRING), Map.entry("origin_username", JsonNodeType.STRING),
            Map.entry("provider", JsonNodeType.STRING), Map.entry("account_id", JsonNodeType.STRING),
            Map.entry("label", JsonNodeType.STRING), Map.entry("integration_id", JsonNodeType.STRING),
            Map.entry("categories", JsonNodeType.ARRAY), Map.entry("metadata", JsonNodeType.OBJECT),
            Map.entry("type", JsonNodeType.STRING), Map.entry("created_at", JsonNodeType.STRING),
            Map.entry("token", JsonNodeType.STRING), Map.entry("auth_link_url", JsonNodeType.STRING));
    private static final Map<String, JsonNodeType> ACCOUNT = Map.ofEntries(
            Map.entry("id", JsonNodeType.STRING), Map.entry("provider", JsonNodeType.STRING),
            Map.entry("provider_name", JsonNodeType.STRING), Map.entry("status", JsonNodeType.STRING),
            Map.entry("status_reasons", JsonNodeType.ARRAY), Map.entry("origin_owner_id", JsonNodeType.STRING),
            Map.entry("origin_owner_name", JsonNodeType.STRING), Map.entry("origin_username", JsonNodeType.STRING),
            Map.entry("label", JsonNodeType.STRING), Map.entry("setup_information", JsonNodeType.OBJECT),
            Map.entry("type", JsonNodeType.STRING), Map.entry("created_at", JsonNodeType.STRING),
            Map.entry("updated_at", JsonNodeType.STRING));
    private static final Map<String, JsonNodeType> REASON = Map.of("code", JsonNodeType.STRING,
            "description", JsonNodeType.STRING, "timestamp", JsonNodeType.STRING);
    private static final Map<String, JsonNodeType> ERROR = Map.of("statusCode", JsonNodeType.NUMBER,
            "message", JsonNodeType.STRING, "timestamp", JsonNodeType.STRING, "errorCode", JsonNodeType.STRING,
            "errors", JsonNodeType.ARRAY);
    private static final List<String> DATES = List.of("created_at", "updated_at", "timestamp");

    @Test
    void aSessionsFieldsHaveTheDocumentedTypes() {
        Map<String, Object> body = new java.util.HashMap<>(RestApiTest.owner("tenant-1"));
        body.putAll(Map.of("origin_username", "ada@acme.test", "provider", "bamboohr", "label", "HR",
                "integration_id", "int_bamboohr", "categories", List.of("hris"), "metadata", Map.of("k", "v")));
        String accountId = Flows.linkBambooHr(http, "tenant-1", "Acme tenant-1");
        body.put("account_id", accountId);

        JsonNode created = http.rest("POST", "/connect_sessions", body).json();
        JsonNode authenticated = http.rest("POST", "/connect_sessions/authenticate",
                Map.of("token", created.get("token").asText())).json();

        assertTypes(created, SESSION);
        assertThat(created.get("id").isIntegralNumber()).isTrue();
        assertThat(created.get("organization_id").isIntegralNumber()).isTrue();
        assertTypes(authenticated, SESSION);
        assertThat(authenticated.has("token")).isFalse();
    }

    @Test
    void anAccountsFieldsAndItsStatusReasonsHaveTheDocumentedTypes() {
        String id = Flows.linkBambooHr(http, "tenant-2", "Globex");
        sandbox.setAccountStatus(id, "error", "The API key was revoked");

        JsonNode account = http.rest("GET", "/accounts/" + id, null).json();
        JsonNode listed = http.rest("GET", "/accounts", null).json().get(0);

        for (JsonNode shown : List.of(account, listed)) {
            assertTypes(shown, ACCOUNT);
            assertThat(shown.has("credentials")).isFalse();
            assertThat(shown.get("status_reasons")).isNotEmpty()
                    .allSatisfy(reason -> assertTypes(reason, REASON));
        }
    }

    @Test
    void anErrorBodyHasTheDocumentedTypes() {
        JsonNode error = http.rest("POST", "/connect_sessions", Map.of("categories", List.of("nope"))).json();

        assertTypes(error, ERROR);
    }

    private static void assertTypes(JsonNode json, Map<String, JsonNodeType> expected) {
        json.properties().forEach(field -> {
            assertThat(expected).as("a documented field: %s", field.getKey()).containsKey(field.getKey());
            assertThat(field.getValue().getNodeType()).as(field.getKey()).isEqualTo(expected.get(field.getKey()));
            if (DATES.contains(field.getKey())) {
                assertThat(OffsetDateTime.parse(field.getValue().asText())).as(field.getKey()).isNotNull();
            }
        });
    }
}
