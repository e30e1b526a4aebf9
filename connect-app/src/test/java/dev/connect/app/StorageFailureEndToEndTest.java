package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.jdbc.JdbcSettings;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembled app's intake when the store refuses every write, and with signed input that no store could hold:
 * a failing store answers 503 and makes the app not ready until it recovers, while it stays live (saying it is
 * degraded); impossible input is a 400.
 */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class StorageFailureEndToEndTest {

    private static final String SECRET = "end-to-end-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    ConnectSettings.HttpServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private Path data;
    private ConnectApplication app;

    @BeforeEach
    void start(@TempDir Path data) {
        this.data = data;
        app = SandboxMode.start(data, server, Map.of("CONNECT_WEBHOOK_SECRETS", SECRET));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aStoreThatRefusesEveryWriteIsA503AndMakesTheAppNotReadyUntilItRecovers() throws Exception {
        assertThat(deliver(event("acc-ok", "account.created")).statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/health").body()).isEqualTo("{\"status\":\"up\"}");

        try (Connection operator = DriverManager.getConnection(
                JdbcSettings.sqliteFile(data.resolve("connect.db")).url());
             Statement sabotage = operator.createStatement()) {
            // SQLite, the embedded default, cannot add a CHECK constraint to a table: a trigger refuses the rows instead
            sabotage.execute("CREATE TRIGGER refuse_all BEFORE INSERT ON webhook_inbox WHEN NEW.account_id <> 'acc-ok' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");

            HttpResponse<String> refused = deliver(event("acc-refused", "account.created"));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("storage_unavailable");
            HttpResponse<String> ready = get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(ready.body());
            assertThat(body.get("status").asText()).isEqualTo("down");
            assertThat(body.get("failing").get(0).asText()).isEqualTo("storage");
            for (String live : new String[] {"/health", "/health/live"}) {
                HttpResponse<String> alive = get(live);
                assertThat(alive.statusCode()).as(live).isEqualTo(200);
                assertThat(alive.body()).as(live).isEqualTo("{\"status\":\"up\",\"degraded\":[\"storage\"]}");
            }

            sabotage.execute("DROP TRIGGER refuse_all");
        }
        assertThat(deliver(event("acc-refused", "account.created")).statusCode()).as("the sender's retry").isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/health").body()).isEqualTo("{\"status\":\"up\"}");
    }

    @Test
    void signedDatesBeyondAnyRealRangeAreMalformedNotAStorageFailure() throws Exception {
        for (String date : new String[] {"+294277-01-01T00:00:00Z", "-75000-01-01T00:00:00Z", "+100000-01-01T00:00:00Z"}) {
            String body = new String(event("acc-far", "account.created"), StandardCharsets.UTF_8)
                    .replaceFirst("\"event_date\":\"[^\"]+\"", "\"event_date\":\"" + date + "\"");
            HttpResponse<String> response = deliver(body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(date).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("code").asText()).isEqualTo("event_malformed");
            assertThat(problem.get("detail").asText()).contains("event_date");
        }
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void anOverlongSlashInASignedBodyIsRefusedNotStoredInAnAccountId() throws Exception {
        String[] halves = new String(event("acc_X", "account.created"), StandardCharsets.UTF_8).split("acc_X", 2);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes("acc".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.of().parseHex("C0AF"));
        body.writeBytes("x".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = deliver(body.toByteArray());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("event_malformed");
    }

    private static byte[] event(String accountId, String type) {
        Instant now = Instant.now();
        return ("{\"event\":\"" + type + "\",\"account_id\":\"" + accountId + "\",\"provider\":\"bamboohr\","
                + "\"project_id\":\"p1\",\"record_type\":\"account\",\"record_id\":\"" + accountId + "\","
                + "\"event_date\":\"" + now.minusSeconds(2) + "\",\"sent_at\":\"" + now.minusSeconds(1) + "\","
                + "\"origin_owner_id\":\"tenant-1\",\"origin_owner_name\":\"Tenant\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> deliver(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/webhooks/stackone"))
                .header("Content-Type", "application/json").header("x-stackone-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
