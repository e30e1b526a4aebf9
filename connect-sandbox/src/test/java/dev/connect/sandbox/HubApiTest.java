package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hub's API, called exactly as the genuine {@code <stackone-hub>} calls it. */
class HubApiTest {

    static StackOneSandbox sandbox;
    static Http http;

    @BeforeAll
    static void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        http = new Http(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void credentialFlowLinksAnAccountVisibleThroughTheRestApi() {
        Map<String, Object> body = Flows.owner("hub-1", "Hub One");
        body.put("categories", List.of("hris"));
        String token = http.session(body).get("token").asText();

        JsonNode settings = http.hub("GET", "/hub/settings", null, token).json();
        assertThat(settings.get("enabled_features").isArray()).isTrue();
        assertThat(settings.has("existing_account_id")).isFalse();

        JsonNode integrations = http.hub("GET", "/hub/connectors", null, token).json().get("integrations");
        assertThat(integrations).isNotEmpty();
        integrations.forEach(i -> assertThat(i.get("type").asText()).isEqualTo("hris"));
        JsonNode bamboo = find(integrations, "bamboohr");
        assertThat(bamboo.get("name").asText()).isEqualTo("BambooHR");
        assertThat(bamboo.get("active").asBoolean()).isTrue();
        String logo = bamboo.get("logo_url").asText();
        assertThat(logo).startsWith(sandbox.baseUrl().toString());
        Http.Answer logoAnswer = http.send("GET", logo, null, Map.of());
        assertThat(logoAnswer.status()).isEqualTo(200);
        assertThat(logoAnswer.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(logoAnswer.body()).startsWith("<svg");

        JsonNode config = http.hub("GET", "/hub/connectors/" + bamboo.get("integration_id").asText(), null, token)
                .json().get("config");
        assertThat(config.get("type").asText()).isEqualTo("custom");
        assertThat(config.get("key").asText()).isEqualTo("bamboohr");
        JsonNode apiKey = field(config, "api_key");
        assertThat(apiKey.get("type").asText()).isEqualTo("password");
        assertThat(apiKey.get("secret").asBoolean()).isTrue();
        assertThat(apiKey.get("required").asBoolean()).isTrue();
        assertThat(apiKey.get("validation").get("type").asText()).isEqualTo("html-pattern");
        assertThat(field(config, "subdomain").get("secret").asBoolean()).isFalse();

        Http.Answer created = http.hub("POST", "/hub/accounts", Map.of(
                "integration_id", bamboo.get("integration_id").asText(),
                "credentials", Map.of("subdomain", "acme", "api_key", "secret-api-key-42")), token);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("provider").asText()).isEqualTo("bamboohr");

        JsonNode account = http.rest("GET", "/accounts/" + id, null).json();
        assertThat(account.get("id").asText()).isEqualTo(id);
        assertThat(account.get("provider").asText()).isEqualTo("bamboohr");
        assertThat(account.get("provider_name").asText()).isEqualTo("BambooHR");
        assertThat(account.get("status").asText()).isEqualTo("active");
        assertThat(account.get("origin_owner_id").asText()).isEqualTo("hub-1");
        assertThat(account.get("origin_owner_name").asText()).isEqualTo("Hub One");
        assertThat(account.get("setup_information").get("subdomain").asText()).isEqualTo("acme");
        assertThat(account.has("credentials")).isFalse();
        assertThat(account.toString()).doesNotContain("secret-api-key-42");
    }

    @Test
    void credentialsAreCheckedForPresenceShapeAndProviderRejection() {
        String token = http.session(Flows.owner("hub-2", "Hub Two")).get("token").asText();

        Http.Answer missing = http.hub("POST", "/hub/accounts",
                Map.of("integration_id", "int_bamboohr", "credentials", Map.of("subdomain", "acme")), token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("statusCode").asInt()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("API Key is required");

        Http.Answer malformed = http.hub("POST", "/hub/accounts", Map.of("integration_id", "int_bamboohr",
                "credentials", Map.of("subdomain", "Acme Corp", "api_key", "short")), token);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("Subdomain", "API Key");
        assertThat(malformed.body()).doesNotContain("short\"");

        Http.Answer rejected = http.hub("POST", "/hub/accounts", Map.of("integration_id", "int_bamboohr",
                "credentials", Map.of("subdomain", "acme", "api_key", "bad-credentials")), token);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("statusCode").asInt()).isEqualTo(400);
        assertThat(rejected.json().get("message").asText()).contains("Invalid credentials");
        assertThat(rejected.json().get("provider_response").asText()).contains("BambooHR rejected");

        assertThat(http.hub("POST", "/hub/accounts", Map.of("integration_id", "int_nothing",
                "credentials", Map.of()), token).status()).isEqualTo(404);
        assertThat(http.rest("GET", "/accounts?origin_owner_id=hub-2", null).json()).isEmpty();
    }

    @Test
    void theBadCredentialsValueIsConfigurable() {
        try (StackOneSandbox other = StackOneSandbox.start(SandboxSettings.builder()
                .badCredentialsValue("wrong-password").build())) {
            Http otherHttp = new Http(other);
            String token = otherHttp.session(Flows.owner("hub-3", "Hub Three")).get("token").asText();
            assertThat(otherHttp.hub("POST", "/hub/accounts", Map.of("integration_id", "int_greenhouse",
                    "credentials", Map.of("api_key", "wrong-password")), token).status()).isEqualTo(400);
            assertThat(otherHttp.hub("POST", "/hub/accounts", Map.of("integration_id", "int_greenhouse",
                    "credentials", Map.of("api_key", "bad-credentials")), token).status()).isEqualTo(201);
        }
    }

    @Test
    void withoutAValidTokenTheHubGets401() {
        assertThat(http.hub("GET", "/hub/settings", null, "unknown").status()).isEqualTo(401);
        Http.Answer none = http.send("GET", "/hub/connectors", null, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("statusCode").asInt()).isEqualTo(401);
    }

    @Test
    void answersCorsPreflightsAndAddsCorsHeaders() {
        Http.Answer preflight = http.send("OPTIONS", "/hub/accounts", null, Map.of(
                "Origin", "http://localhost:5173",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,x-hub-session-token,x-hub-version"));
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET", "POST", "PATCH", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("x-hub-session-token");

        String token = http.session(Flows.owner("hub-4", "Hub Four")).get("token").asText();
        Http.Answer answer = http.send("GET", "/hub/settings", null,
                Map.of("Origin", "http://localhost:5173", "x-hub-session-token", token));
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(http.send("OPTIONS", "/connect_sessions", null, Map.of("Origin", "http://evil.test"))
                .header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aSessionForAProviderShowsOnlyThatProviderAndReopensItsAccount() {
        Map<String, Object> body = Flows.owner("hub-5", "Hub Five");
        body.put("provider", "hibob");
        Map<String, Object> credentials = Map.of("service_user_id", "SERVICE-1", "service_user_token", "token-12345678");
        String firstId = Flows.linkWithCredentials(http, body, "hibob", credentials).get("id").asText();

        String token = http.session(body).get("token").asText();
        JsonNode integrations = http.hub("GET", "/hub/connectors", null, token).json().get("integrations");
        assertThat(integrations).hasSize(1);
        assertThat(integrations.get(0).get("provider").asText()).isEqualTo("hibob");
        assertThat(http.hub("GET", "/hub/settings", null, token).json().get("existing_account_id").asText())
                .isEqualTo(firstId);
        String again = Flows.linkWithCredentials(http, body, "hibob", credentials).get("id").asText();
        assertThat(again).isEqualTo(firstId);

        Map<String, Object> multiple = new HashMap<>(body);
        multiple.put("multiple", true);
        String second = Flows.linkWithCredentials(http, multiple, "hibob", credentials).get("id").asText();
        assertThat(second).isNotEqualTo(firstId);

        Map<String, Object> otherName = Flows.owner("hub-5", "Hub Five Renamed");
        otherName.put("provider", "hibob");
        String third = Flows.linkWithCredentials(http, otherName, "hibob", credentials).get("id").asText();
        assertThat(third).isNotIn(firstId, second);
        assertThat(http.rest("GET", "/accounts?origin_owner_id=hub-5", null).json()).hasSize(3);
    }

    @Test
    void anAccountIdSessionEditsThatAccountWithRedactedSecrets() {
        String id = Flows.linkBambooHr(http, "hub-6", "Hub Six");
        Map<String, Object> body = Flows.owner("hub-6", "Hub Six");
        body.put("account_id", id);
        String token = http.session(body).get("token").asText();

        assertThat(http.hub("GET", "/hub/settings", null, token).json().get("existing_account_id").asText())
                .isEqualTo(id);
        JsonNode integrations = http.hub("GET", "/hub/connectors?provider=bamboohr", null, token).json()
                .get("integrations");
        assertThat(integrations).hasSize(1);
        JsonNode existing = http.hub("GET", "/hub/accounts/" + id, null, token).json();
        assertThat(existing.get("provider").asText()).isEqualTo("bamboohr");
        assertThat(existing.get("integrationId").asText()).isEqualTo("int_bamboohr");
        assertThat(existing.get("setupInformation").get("subdomain").asText()).isEqualTo("acme");
        assertThat(existing.get("secrets").get("api_key").asText()).startsWith("__secretvalue:**redacted**");
        assertThat(existing.toString()).doesNotContain("key-1234567890");

        Http.Answer patched = http.hub("PATCH", "/hub/accounts/" + id, Map.of("integration_id", "int_bamboohr",
                "credentials", Map.of("subdomain", "globex")), token);
        assertThat(patched.status()).isEqualTo(200);
        JsonNode account = http.rest("GET", "/accounts/" + id, null).json();
        assertThat(account.get("setup_information").get("subdomain").asText()).isEqualTo("globex");

        Http.Answer rejected = http.hub("PATCH", "/hub/accounts/" + id, Map.of("integration_id", "int_bamboohr",
                "credentials", Map.of("api_key", "bad-credentials")), token);
        assertThat(rejected.status()).isEqualTo(400);

        String stranger = http.session(Flows.owner("hub-7", "Hub Seven")).get("token").asText();
        assertThat(http.hub("GET", "/hub/accounts/" + id, null, stranger).status()).isEqualTo(404);
    }

    @Test
    void oauthFlowThroughConnectionAttemptsAndTheConsentPage() {
        Map<String, Object> body = Flows.owner("hub-8", "Hub Eight");
        body.put("provider", "salesforce");
        String token = http.session(body).get("token").asText();
        JsonNode integration = http.hub("GET", "/hub/connectors", null, token).json().get("integrations").get(0);
        String integrationId = integration.get("integration_id").asText();
        JsonNode config = http.hub("GET", "/hub/connectors/" + integrationId, null, token).json().get("config");
        assertThat(config.get("type").asText()).isEqualTo("oauth2");
        assertThat(config.get("grantType").asText()).isEqualTo("authorization_code");

        Http.Answer attemptAnswer = http.hub("POST", "/hub/connection_attempts", Map.of("token", token), token);
        assertThat(attemptAnswer.status()).isBetween(200, 201);
        String attemptId = attemptAnswer.json().get("id").asText();
        JsonNode pending = http.hub("GET", "/hub/connection_attempts/" + attemptId, null, token).json();
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("account").isNull()).isTrue();

        String popup = "/connect/oauth2/" + integrationId + "?redirect_uri="
                + URLEncoder.encode("http://localhost/embedded/accounts/callback", StandardCharsets.UTF_8)
                + "&token=" + token + "&connection_attempt_id=" + attemptId;
        Http.Answer consent = http.send("GET", popup, null, Map.of());
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.header("Content-Type")).startsWith("text/html");
        assertThat(consent.body()).contains("Salesforce", "Approve", "Deny");

        Http.Answer approved = http.send("POST", "/connect/oauth2/" + integrationId,
                "decision=approve&token=" + token + "&connection_attempt_id=" + attemptId,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).contains("window.close()");

        JsonNode done = http.hub("GET", "/hub/connection_attempts/" + attemptId, null, token).json();
        assertThat(done.get("status").asText()).isEqualTo("authenticated");
        String accountId = done.get("account").get("id").asText();
        JsonNode account = http.rest("GET", "/accounts/" + accountId, null).json();
        assertThat(account.get("provider").asText()).isEqualTo("salesforce");
        assertThat(account.toString()).doesNotContain("access_token");
    }

    @Test
    void oauthAttemptsCanBeDeniedOrCancelled() {
        Map<String, Object> body = Flows.owner("hub-9", "Hub Nine");
        body.put("provider", "zoho_crm");
        String token = http.session(body).get("token").asText();
        String denied = http.hub("POST", "/hub/connection_attempts", Map.of("token", token), token).json()
                .get("id").asText();
        assertThat(http.send("GET", "/connect/oauth2/int_zoho_crm?token=" + token + "&connection_attempt_id="
                + denied + "&region=eu", null, Map.of()).body()).contains("name=\"field.region\" value=\"eu\"");
        http.send("POST", "/connect/oauth2/int_zoho_crm", "decision=deny&token=" + token
                + "&connection_attempt_id=" + denied, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        JsonNode error = http.hub("GET", "/hub/connection_attempts/" + denied, null, token).json();
        assertThat(error.get("status").asText()).isEqualTo("error");
        assertThat(error.get("error").get("code").asText()).isEqualTo("access_denied");

        String cancelled = http.hub("POST", "/hub/connection_attempts", Map.of("token", token), token).json()
                .get("id").asText();
        assertThat(http.hub("DELETE", "/hub/connection_attempts/" + cancelled, null, token).status())
                .isBetween(200, 204);
        assertThat(http.hub("GET", "/hub/connection_attempts/" + cancelled, null, token).json().get("status")
                .asText()).isEqualTo("cancelled");

        String approved = http.hub("POST", "/hub/connection_attempts", Map.of("token", token), token).json()
                .get("id").asText();
        http.send("POST", "/connect/oauth2/int_zoho_crm", "decision=approve&field.region=eu&token=" + token
                + "&connection_attempt_id=" + approved, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        String accountId = http.hub("GET", "/hub/connection_attempts/" + approved, null, token).json()
                .get("account").get("id").asText();
        assertThat(http.rest("GET", "/accounts/" + accountId, null).json().get("setup_information")
                .get("region").asText()).isEqualTo("eu");

        String other = http.session(Flows.owner("hub-10", "Hub Ten")).get("token").asText();
        assertThat(http.hub("GET", "/hub/connection_attempts/" + approved, null, other).status()).isEqualTo(404);
    }

    @Test
    void theCatalogueHasRealProvidersAcrossCategoriesWithValidPatterns() {
        String token = http.session(Flows.owner("hub-11", "Hub Eleven")).get("token").asText();
        JsonNode integrations = http.hub("GET", "/hub/connectors", null, token).json().get("integrations");
        assertThat(integrations.size()).isGreaterThanOrEqualTo(20);
        List<String> categories = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode integration : integrations) {
            categories.add(integration.get("type").asText());
            JsonNode config = http.hub("GET", "/hub/connectors/" + integration.get("integration_id").asText(),
                    null, token).json().get("config");
            types.add(config.get("type").asText());
            for (JsonNode field : config.get("configFields")) {
                assertThat(field.has("secret")).isTrue();
                if (field.has("validation")) {
                    Pattern.compile(field.get("validation").get("pattern").asText());
                }
            }
        }
        assertThat(categories).contains("hris", "ats", "crm");
        assertThat(types).contains("custom", "oauth2");
        List<String> providers = new ArrayList<>();
        integrations.forEach(i -> providers.add(i.get("provider").asText()));
        assertThat(providers).contains("bamboohr", "hibob", "personio", "workday", "greenhouse", "lever",
                "salesforce", "hubspot", "pipedrive", "zoho_crm");
    }

    static JsonNode find(JsonNode integrations, String provider) {
        for (JsonNode integration : integrations) {
            if (integration.get("provider").asText().equals(provider)) {
                return integration;
            }
        }
        throw new AssertionError("no " + provider + " in " + integrations);
    }

    static JsonNode field(JsonNode config, String key) {
        for (JsonNode field : config.get("configFields")) {
            if (field.get("key").asText().equals(key)) {
                return field;
            }
        }
        throw new AssertionError("no field " + key);
    }
}
