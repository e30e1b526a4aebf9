package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.HttpFault;
import dev.connect.sandbox.faults.WebhookFault;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation on the assembled app with the sandbox, over HTTP: what lost webhooks left behind is repaired, a
 * listing of several pages survives a 429 in the middle (and a run cut short resumes), and the operator API and the
 * end-user API each accept only their own credential.
 */
class ReconciliationEndToEndTest {

    static final String OPERATOR_KEY = "operator-key-for-the-tests-0123456789abcdef";

    @TempDir
    Path data;
    private ConnectApplication app;
    private StackOneSandbox sandbox;
    private ConnectClient connect;

    private void start(Map<String, String> settings) {
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.put("CONNECT_OPERATOR_API_KEY", OPERATOR_KEY);
        app = SandboxMode.start(data, ConnectSettings.HttpServer.JAVALIN, env); // binding-neutral: one server suffices
        sandbox = app.sandbox().orElseThrow();
        connect = new ConnectClient(app);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private JsonNode reconcile() {
        HttpResponse<String> answer = connect.post("/v1/admin/reconciliations", OPERATOR_KEY, "{}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ConnectClient.json(answer);
    }

    private String state(String id, String owner) {
        HttpResponse<String> answer = connect.get("/v1/accounts/" + id, ConnectClient.tokenFor(owner));
        return answer.statusCode() == 404 ? "unknown" : ConnectClient.json(answer).get("state").asText();
    }

    private String armedFaults() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/_sandbox/faults"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void idle() throws InterruptedException {
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(15))).isTrue();
    }

    @Test
    void repairsALostAccountCreatedAndALostAccountDeletedAndASecondRunChangesNothing() throws Exception {
        start(Map.of());
        String kept = SandboxMode.link(app, "bamboohr", "tenant-1", true);
        String gone = SandboxMode.link(app, "hibob", "tenant-1", true);
        idle();
        sandbox.injectWebhookFault(WebhookFault.drop(1));
        String lostCreated = SandboxMode.link(app, "personio", "tenant-2", true);
        idle();
        sandbox.injectWebhookFault(WebhookFault.drop(1));
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/accounts/" + gone))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        idle();
        assertThat(state(lostCreated, "tenant-2")).isEqualTo("unknown");
        assertThat(state(gone, "tenant-1")).isEqualTo("linked");

        JsonNode first = reconcile();
        JsonNode second = reconcile();

        assertThat(first.get("added").asInt()).isEqualTo(1);
        assertThat(first.get("deleted").asInt()).isEqualTo(1);
        assertThat(first.get("updated").asInt()).as("the kept account's first status").isEqualTo(1);
        assertThat(first.get("resumed").asBoolean()).isFalse();
        assertThat(state(lostCreated, "tenant-2")).isEqualTo("linked");
        assertThat(state(gone, "tenant-1")).isEqualTo("deleted");
        assertThat(state(kept, "tenant-1")).isEqualTo("linked");
        JsonNode added = ConnectClient.json(connect.get("/v1/accounts/" + lostCreated, ConnectClient.tokenFor("tenant-2")));
        assertThat(added.get("provider").asText()).isEqualTo("personio");
        assertThat(added.get("lastCheck").get("status").asText()).isEqualTo("active");
        assertThat(second.get("added").asInt() + second.get("updated").asInt() + second.get("deleted").asInt())
                .as("a second run right after the first changes nothing").isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void readsAListingOfSeveralPagesThroughA429InTheMiddleAndResumesARunCutShort() throws Exception {
        start(Map.of());
        int accounts = 30; // StackOne pages by 25: two pages
        sandbox.injectWebhookFault(WebhookFault.drop(accounts));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            ids.add(SandboxMode.link(app, "bamboohr", "tenant-" + (i % 3), true));
        }
        idle();
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts?page=2&*", 1, 1));

        JsonNode report = reconcile();

        assertThat(report.get("added").asInt()).isEqualTo(accounts);
        assertThat(armedFaults()).as("page 2 was answered 429 once, then read").isEqualTo("[]");
        assertThat(ids).allSatisfy(id -> assertThat(state(id, "tenant-" + ids.indexOf(id) % 3)).isEqualTo("linked"));

        sandbox.injectWebhookFault(WebhookFault.drop(2));
        String late1 = SandboxMode.link(app, "hibob", "tenant-9", true);
        idle();
        // a Retry-After beyond the call's deadline: the run stops at page 2 and says when to come back
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts?page=2&*", 60, 1));
        HttpResponse<String> cutShort = connect.post("/v1/admin/reconciliations", OPERATOR_KEY, "");
        assertThat(cutShort.statusCode()).isEqualTo(503);
        assertThat(ConnectClient.json(cutShort).get("code").asText()).isEqualTo("upstream_rate_limited");
        assertThat(cutShort.headers().firstValue("Retry-After")).contains("60");
        String late2 = SandboxMode.link(app, "hibob", "tenant-9", true);
        idle();

        JsonNode resumed = reconcile();

        assertThat(resumed.get("resumed").asBoolean()).isTrue();
        assertThat(resumed.get("added").asInt()).isEqualTo(2);
        assertThat(state(late1, "tenant-9")).isEqualTo("linked");
        assertThat(state(late2, "tenant-9")).isEqualTo("linked");
    }

    @Test
    void theOperatorApiRefusesAnEndUserTokenAndTheEndUserApiRefusesTheOperatorKey() {
        start(Map.of());
        String alice = ConnectClient.tokenFor("tenant-a");

        List<HttpResponse<String>> refused = List.of(
                connect.post("/v1/admin/reconciliations", alice, "{}"),
                connect.post("/v1/admin/reconciliations", null, "{}"),
                connect.get("/v1/accounts", OPERATOR_KEY),
                connect.get("/v1/accounts/acc-1", OPERATOR_KEY),
                connect.delete("/v1/accounts/acc-1", OPERATOR_KEY),
                connect.post("/v1/connect-sessions", OPERATOR_KEY, "{}"));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
            assertThat(ConnectClient.json(answer).get("code").asText()).isEqualTo("unauthenticated");
            assertThat(answer.body()).doesNotContain(OPERATOR_KEY);
        });
        assertThat(connect.get("/v1/accounts", alice).statusCode()).isEqualTo(200);
        assertThat(reconcile().get("unchanged").asInt()).isZero();
    }

    @Test
    void aScheduledRunRepairsALostWebhookWithoutBeingAsked() throws Exception {
        start(Map.of("CONNECT_RECONCILE_INTERVAL", "1s", "CONNECT_RECONCILE_RATE_SHARE", "1"));
        sandbox.injectWebhookFault(WebhookFault.drop(1));
        String lost = SandboxMode.link(app, "bamboohr", "tenant-s", true);
        idle();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!state(lost, "tenant-s").equals("linked") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(state(lost, "tenant-s")).isEqualTo("linked");
    }
}
