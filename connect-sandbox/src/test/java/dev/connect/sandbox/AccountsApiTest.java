package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET/PATCH/DELETE /accounts…}: filters, paging and changes. */
class AccountsApiTest {

    StackOneSandbox sandbox;
    Http http;

    @BeforeEach
    void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static List<String> ids(JsonNode accounts) {
        List<String> ids = new ArrayList<>();
        accounts.forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    @Test
    void filtersByOwnerProviderAccountIdAndStatusWithRepeatedParameters() {
        String a1 = Flows.linkBambooHr(http, "owner-a", "A");
        String a2 = Flows.linkGreenhouse(http, "owner-a", "A");
        String b1 = Flows.linkBambooHr(http, "owner-b", "B");
        String c1 = Flows.linkGreenhouse(http, "owner-c", "C");
        sandbox.setAccountStatus(c1, "error", "The API key was revoked");

        assertThat(ids(http.rest("GET", "/accounts", null).json())).containsExactly(a1, a2, b1, c1);
        assertThat(ids(http.rest("GET", "/accounts?origin_owner_id=owner-a", null).json()))
                .containsExactly(a1, a2);
        assertThat(ids(http.rest("GET", "/accounts?origin_owner_ids=owner-a&origin_owner_ids=owner-c", null)
                .json())).containsExactly(a1, a2, c1);
        assertThat(ids(http.rest("GET", "/accounts?providers=greenhouse", null).json())).containsExactly(a2, c1);
        assertThat(ids(http.rest("GET", "/accounts?providers=greenhouse&providers=bamboohr&origin_owner_id=owner-b",
                null).json())).containsExactly(b1);
        assertThat(ids(http.rest("GET", "/accounts?account_ids=" + a1 + "&account_ids=" + c1, null).json()))
                .containsExactly(a1, c1);
        assertThat(ids(http.rest("GET", "/accounts?status=error", null).json())).containsExactly(c1);
        assertThat(ids(http.rest("GET", "/accounts?status=active&status=error&providers=greenhouse", null)
                .json())).containsExactly(a2, c1);
        assertThat(http.rest("GET", "/accounts?origin_owner_id=nobody", null).json()).isEmpty();

        JsonNode broken = http.rest("GET", "/accounts/" + c1, null).json();
        assertThat(broken.get("status").asText()).isEqualTo("error");
        assertThat(broken.get("status_reasons").get(0).get("description").asText())
                .isEqualTo("The API key was revoked");
    }

    @Test
    void pagesAreOneBasedWithADefaultSizeOf25AndNoTotals() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            created.add(Flows.linkGreenhouse(http, "pager-" + i, "Pager " + i));
        }

        JsonNode first = http.rest("GET", "/accounts", null).json();
        assertThat(first.isArray()).isTrue();
        assertThat(ids(first)).containsExactlyElementsOf(created.subList(0, 25));
        assertThat(ids(http.rest("GET", "/accounts?page=2", null).json()))
                .containsExactlyElementsOf(created.subList(25, 27));
        assertThat(ids(http.rest("GET", "/accounts?page=2&page_size=10", null).json()))
                .containsExactlyElementsOf(created.subList(10, 20));
        assertThat(http.rest("GET", "/accounts?page=9", null).json()).isEmpty();
    }

    @Test
    void patchesTheDocumentedFieldsAndDeletesReturningTheAccount() {
        String id = Flows.linkBambooHr(http, "owner-p", "P");

        Http.Answer patched = http.rest("PATCH", "/accounts/" + id, Map.of(
                "label", "Main BambooHR", "origin_owner_name", "P Renamed", "origin_username", "pat@p.test",
                "setup_information", Map.of("subdomain", "p-corp"), "ignored_field", 1));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("label").asText()).isEqualTo("Main BambooHR");
        assertThat(patched.json().get("origin_owner_name").asText()).isEqualTo("P Renamed");
        assertThat(patched.json().get("origin_username").asText()).isEqualTo("pat@p.test");
        assertThat(patched.json().get("setup_information").get("subdomain").asText()).isEqualTo("p-corp");

        Http.Answer invalid = http.rest("PATCH", "/accounts/" + id, Map.of("label", 5, "origin_owner_id", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errorCode").asText()).isEqualTo("ValidationError");

        JsonNode meta = http.rest("GET", "/accounts/" + id + "/meta", null).json();
        assertThat(meta.get("provider").asText()).isEqualTo("bamboohr");
        assertThat(meta.get("category").asText()).isEqualTo("hris");
        assertThat(meta.get("models").isObject()).isTrue();

        Http.Answer deleted = http.rest("DELETE", "/accounts/" + id, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("id").asText()).isEqualTo(id);
        assertThat(http.rest("GET", "/accounts/" + id, null).status()).isEqualTo(404);
        assertThat(http.rest("DELETE", "/accounts/" + id, null).status()).isEqualTo(404);
    }
}
