package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /webhooks/<provider>} over real HTTP, for each provider the API receives ({@code stackone},
 * {@code nango}): the delivery reaches that provider's use case untouched, its outcome comes back.
 */
public interface AccountWebhookContract extends HttpContractFixture {

    String PATH = "/webhooks/stackone";
    AccountEvent EVENT = TestEvents.created().build();
    /** A delivery as StackOne sends it (the README's test vector); the fake use case decides what becomes of it. */
    String DELIVERY = "{\"event\":\"account.created\",\"account_id\":\"acc_9f8e7d\",\"provider\":\"bamboohr\","
            + "\"project_id\":\"proj_123\",\"record_type\":\"account\",\"record_id\":\"acc_9f8e7d\","
            + "\"event_date\":\"2026-11-20T10:00:00.000Z\",\"sent_at\":\"2026-11-20T10:00:01.000Z\","
            + "\"origin_owner_id\":\"owner-42\",\"origin_owner_name\":\"Acme Ltd\","
            + "\"origin_username\":\"ada@acme.test\",\"setup_information\":{\"domain\":\"acme\"}}";
    String SIGNATURE = "VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4";
    String NANGO_PATH = "/webhooks/nango";
    /** A delivery as Nango sends it (the README's test vector). */
    String NANGO_DELIVERY = "{\"authMode\":\"OAUTH2\",\"connectionId\":\"8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f\","
            + "\"environment\":\"prod\",\"from\":\"nango\",\"operation\":\"creation\",\"provider\":\"hubspot\","
            + "\"providerConfigKey\":\"hubspot\",\"success\":true,\"tags\":{\"end_user_id\":\"ada@acme.test\","
            + "\"organization_id\":\"owner-42\",\"organization_name\":\"Acme Ltd\"},\"type\":\"auth\"}";
    String NANGO_SIGNATURE = "813735d4f43a6378e9a8fd1f6a4650b839b24f815f04cfe913a3d47650775010";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/webhooks/stackone, X-StackOne-Signature", "/webhooks/nango, X-Nango-Hmac-Sha256"})
    default void passesTheRawBytesHeadersAndArrivalTimeUntouched(String path, String signatureHeader) {
        boolean nango = path.endsWith("nango");
        // bodies the description allows (a 200 must answer a described request), spaced as no JSON writer would
        String body = nango
                ? "{ \"type\" : \"auth\",\n  \"weird spacing\": [1,2], \"connectionId\":\"conn-1\",  "
                        + "\"providerConfigKey\" :\"hubspot\",\"operation\":\"creation\",\n\"success\":true }"
                : "{ \"event\" : \"account.created\",\n  \"weird spacing\": [1,2], \"account_id\":\"acc_1\",  "
                        + "\"provider\" :\"hibob\",\"event_date\":\"2026-11-20T10:00:00Z\",\n"
                        + "\"sent_at\":\"2026-11-20T10:00:01Z\" }";
        String signature = nango ? NANGO_SIGNATURE : "c2lnbmF0dXJl";
        Instant before = Instant.now();

        HttpResponse<String> response = client().send(client().request(path)
                .header("Content-Type", "application/json").header(signatureHeader, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(useCases().deliveries()).singleElement().satisfies(delivery -> {
            assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(delivery.header(signatureHeader.toLowerCase(java.util.Locale.ROOT))).contains(signature);
            assertThat(delivery.receivedAt()).isBetween(before.minusMillis(1), Instant.now());
        });
    }

    @Test
    default void onlyTheProvidersTheApiReceivesHaveAWebhookRoute() {
        assertProblem(client().send(client().request("/webhooks/merge").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 404, "not_found");
        assertThat(useCases().deliveries()).isEmpty();
    }

    @Test
    default void answersWhatBecameOfTheEvent() {
        useCases().receiveAccountEvent(command -> new Result.Outdated(EVENT, Optional.empty()));
        assertThat(post(DELIVERY).body()).isEqualTo("{\"status\":\"outdated\"}");
        useCases().receiveAccountEvent(command -> new Result.Ignored(EVENT));
        assertThat(post(DELIVERY).body()).isEqualTo("{\"status\":\"ignored\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SIGNATURE_INVALID, 401, signature_invalid",
            "EVENT_MALFORMED, 400, event_malformed",
            "EVENT_STALE, 400, event_stale"})
    default void rejectedDeliveriesAreProblems(ErrorCode code, int status, String wire) {
        useCases().receiveAccountEvent(command -> {
            throw new WebhookRejectedException(code, "refused");
        });

        HttpResponse<String> refused = post(DELIVERY);
        assertProblem(refused, status, wire);
        if (code == ErrorCode.SIGNATURE_INVALID) {
            assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("HMAC-SHA256");
        }
    }

    @Test
    default void anUnavailableDatabaseIs503SoThatStackOneRetries() {
        useCases().receiveAccountEvent(command -> {
            throw new StorageUnavailableException("the database is unavailable", new java.sql.SQLException("down"));
        });

        assertProblem(post(DELIVERY), 503, "storage_unavailable");
    }

    @Test
    default void aBodyOver256KibibytesIsTooLargeAndNeverReachesTheUseCase() {
        String big = "{\"pad\": \"" + "x".repeat(256 * 1024) + "\"}";

        assertProblem(post(big), 413, "payload_too_large");
        assertThat(useCases().deliveries()).isEmpty();
    }

    @Test
    default void aBodyOfExactly256KibibytesIsAccepted() {
        byte[] body = new byte[256 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] event = DELIVERY.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(event, 0, body, 0, event.length);

        HttpResponse<String> response = client().send(client().request(PATH).header("Content-Type", "application/json")
                .header("x-stackone-signature", SIGNATURE).POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(useCases().deliveries().get(0).bodyLength()).isEqualTo(256 * 1024);
    }

    private HttpResponse<String> post(String body) {
        return client().send(client().request(PATH).header("Content-Type", "application/json")
                .header("x-stackone-signature", SIGNATURE).POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
