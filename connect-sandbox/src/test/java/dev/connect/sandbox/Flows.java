package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** The Hub's calls, in the Hub's order, for tests that need linked accounts. */
final class Flows {

    private Flows() {
    }

    static Map<String, Object> owner(String id, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("origin_owner_id", id);
        body.put("origin_owner_name", name);
        return body;
    }

    /** Links an account with a credentials form: settings, connectors, config, POST /hub/accounts. */
    static JsonNode linkWithCredentials(Http http, Map<String, Object> sessionBody, String provider,
            Map<String, Object> credentials) {
        String token = http.session(sessionBody).get("token").asText();
        assertThat(http.hub("GET", "/hub/settings", null, token).status()).isEqualTo(200);
        JsonNode integrations = http.hub("GET", "/hub/connectors", null, token).json().get("integrations");
        String integrationId = null;
        for (JsonNode integration : integrations) {
            if (integration.get("provider").asText().equals(provider)) {
                integrationId = integration.get("integration_id").asText();
            }
        }
        assertThat(integrationId).as("integration for " + provider).isNotNull();
        assertThat(http.hub("GET", "/hub/connectors/" + integrationId, null, token).status()).isEqualTo(200);
        Http.Answer created = http.hub("POST", "/hub/accounts",
                Map.of("integration_id", integrationId, "credentials", credentials), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String linkBambooHr(Http http, String ownerId, String ownerName) {
        return linkWithCredentials(http, owner(ownerId, ownerName), "bamboohr",
                Map.of("subdomain", "acme", "api_key", "key-1234567890")).get("id").asText();
    }

    static String linkGreenhouse(Http http, String ownerId, String ownerName) {
        return linkWithCredentials(http, owner(ownerId, ownerName), "greenhouse",
                Map.of("api_key", "harvest-1234567890")).get("id").asText();
    }
}
