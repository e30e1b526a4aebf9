package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.WebhookFault;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accounts API on the assembled app with the sandbox, over HTTP: tenant isolation on every route, pages with
 * accounts linked in between, the health check for every status StackOne knows and one it does not, disconnect.
 */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class LinkedAccountsEndToEndTest {

    @Parameter
    ConnectSettings.HttpServer server;

    private ConnectApplication app;
    private StackOneSandbox sandbox;
    private ConnectClient connect;

    @BeforeEach
    void start(@TempDir Path data) {
        app = SandboxMode.start(data, server);
        sandbox = app.sandbox().orElseThrow();
        connect = new ConnectClient(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String linked(String provider, String owner) throws Exception {
        String id = SandboxMode.link(app, provider, owner, true);
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).isTrue();
        return id;
    }

    private void deleteAtStackOne(String id) throws Exception {
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/accounts/" + id))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
    }

    @Test
    void ownerACanNeitherListReadCheckDeleteNorReauthenticateAnAccountOfOwnerB() throws Exception {
        String bobs = linked("bamboohr", "tenant-b");
        String alice = ConnectClient.tokenFor("tenant-a");

        HttpResponse<String> unknown = connect.get("/v1/accounts/acc-never-linked", alice);
        List<HttpResponse<String>> answers = List.of(
                connect.get("/v1/accounts/" + bobs, alice),
                connect.get("/v1/accounts/" + bobs + "?check=true", alice),
                connect.delete("/v1/accounts/" + bobs, alice),
                connect.post("/v1/connect-sessions", alice, "{\"accountId\": \"" + bobs + "\"}"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(withoutRequestId(answer.body())).as("the same answer as for an id never seen")
                    .isEqualTo(withoutRequestId(unknown.body().replace("acc-never-linked", bobs)));
        });
        assertThat(ConnectClient.json(connect.get("/v1/accounts", alice)).get("data")).isEmpty();
        assertThat(ConnectClient.json(connect.get("/v1/accounts?state=linked", alice)).get("data")).isEmpty();
        JsonNode asBob = ConnectClient.json(connect.get("/v1/accounts/" + bobs, ConnectClient.tokenFor("tenant-b")));
        assertThat(asBob.get("state").asText()).as("untouched by Alice's delete").isEqualTo("linked");
        assertThat(asBob.get("ownerId").asText()).isEqualTo("tenant-b");
        assertThat(sandbox.webhookDeliveries()).noneMatch(attempt -> attempt.event().equals("account.deleted"));
    }

    @Test
    void pagesStayStableWhileAccountsAreLinkedInBetween() throws Exception {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(linked("bamboohr", "tenant-p"));
        }
        String token = ConnectClient.tokenFor("tenant-p");

        List<JsonNode> seen = new ArrayList<>();
        JsonNode page = ConnectClient.json(connect.get("/v1/accounts?limit=2", token));
        page.get("data").forEach(seen::add);
        List<String> linkedMeanwhile = List.of(linked("bamboohr", "tenant-p"), linked("hibob", "tenant-p"));
        while (!page.get("nextCursor").isNull()) {
            page = ConnectClient.json(connect.get("/v1/accounts?limit=2&cursor=" + page.get("nextCursor").asText(), token));
            page.get("data").forEach(seen::add);
        }

        List<String> ids = seen.stream().map(account -> account.get("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(before)
                .doesNotContainAnyElementsOf(linkedMeanwhile);
        assertThat(seen).extracting(account -> Instant.parse(account.get("createdAt").asText()))
                .isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode first = ConnectClient.json(connect.get("/v1/accounts?limit=200", token));
        assertThat(first.get("data")).hasSize(7);
        assertThat(first.get("data").get(0).get("id").asText()).isIn(linkedMeanwhile);
        assertThat(ConnectClient.json(connect.get("/v1/accounts?provider=hibob", token)).get("data"))
                .extracting(account -> account.get("id").asText()).containsExactly(linkedMeanwhile.get(1));
    }

    @Test
    void theHealthCheckMapsEveryStatusStackOneSendsAndAnUnknownOne() throws Exception {
        String id = linked("bamboohr", "tenant-h");
        String token = ConnectClient.tokenFor("tenant-h");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        for (String status : List.of("active", "inactive", "suspended", "archived", "expired", "error")) {
            expected.put(status, status);
        }
        expected.put("hibernating", "unknown");

        for (Map.Entry<String, String> status : expected.entrySet()) {
            sandbox.setAccountStatus(id, status.getKey(), "because " + status.getKey());
            Instant before = Instant.now();
            HttpResponse<String> checked = connect.get("/v1/accounts/" + id + "?check=true", token);

            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
            JsonNode check = ConnectClient.json(checked).get("lastCheck");
            assertThat(check.get("status").asText()).isEqualTo(status.getValue());
            assertThat(check.get("reasons")).singleElement().satisfies(reason -> {
                assertThat(reason.get("code").asText()).isEqualTo(status.getKey());
                assertThat(reason.get("description").asText()).isEqualTo("because " + status.getKey());
            });
            assertThat(Instant.parse(check.get("checkedAt").asText())).isAfterOrEqualTo(before.minusMillis(1));
            assertThat(ConnectClient.json(connect.get("/v1/accounts/" + id, token)).get("lastCheck"))
                    .as("stored").isEqualTo(check);
        }
    }

    @Test
    void disconnectIsIdempotentAndStackOnesOwnWebhookChangesNothing() throws Exception {
        String id = linked("hibob", "tenant-d");
        String token = ConnectClient.tokenFor("tenant-d");

        HttpResponse<String> first = connect.delete("/v1/accounts/" + id, token);
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).isTrue();
        HttpResponse<String> second = connect.delete("/v1/accounts/" + id, token);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(ConnectClient.json(first).get("state").asText()).isEqualTo("deleted");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(connect.get("/v1/accounts/" + id, token).body()).as("after account.deleted arrived")
                .isEqualTo(first.body());
        assertThat(sandbox.webhookDeliveries()).anySatisfy(attempt -> {
            assertThat(attempt.event()).isEqualTo("account.deleted");
            assertThat(attempt.statusCode()).isEqualTo(200);
        });
        HttpResponse<String> reauth = connect.post("/v1/connect-sessions", token, "{\"accountId\": \"" + id + "\"}");
        assertThat(reauth.statusCode()).as(reauth.body()).isEqualTo(409);
    }

    @Test
    void anAccountStackOneNoLongerKnowsIsStillDisconnected() throws Exception {
        String id = linked("bamboohr", "tenant-g");
        sandbox.injectWebhookFault(WebhookFault.drop(1));
        deleteAtStackOne(id);
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).isTrue();
        String token = ConnectClient.tokenFor("tenant-g");
        assertThat(ConnectClient.json(connect.get("/v1/accounts/" + id, token)).get("state").asText())
                .as("the account.deleted was lost").isEqualTo("linked");

        HttpResponse<String> disconnected = connect.delete("/v1/accounts/" + id, token);

        assertThat(disconnected.statusCode()).isEqualTo(200);
        assertThat(ConnectClient.json(disconnected).get("state").asText()).isEqualTo("deleted");
    }

    /** Each answer names its own request. */
    private static String withoutRequestId(String problem) {
        return problem.replaceAll(",\"requestId\":\"[^\"]*\"", "");
    }
}
