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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/webhooks/stackone, X-StackOne-Signature", "/webhooks/nango, X-Nango-Hmac-Sha256"})
    default void passesTheRawBytesHeadersAndArrivalTimeUntouched(String path, String signatureHeader) {
        String body = "{ \"event\" : \"account.created\",\n  \"weird spacing\": [1,2] }";
        Instant before = Instant.now();

        HttpResponse<String> response = client().send(client().request(path)
                .header("Content-Type", "application/json").header(signatureHeader, "c2lnbmF0dXJl")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(useCases().deliveries()).singleElement().satisfies(delivery -> {
            assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(delivery.header(signatureHeader)).contains("c2lnbmF0dXJl");
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
        assertThat(post("{}").body()).isEqualTo("{\"status\":\"outdated\"}");
        useCases().receiveAccountEvent(command -> new Result.Ignored(EVENT));
        assertThat(post("{}").body()).isEqualTo("{\"status\":\"ignored\"}");
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

        HttpResponse<String> refused = post("{}");
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

        assertProblem(post("{}"), 503, "storage_unavailable");
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

        HttpResponse<String> response = client().send(client().request(PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(useCases().deliveries().get(0).bodyLength()).isEqualTo(256 * 1024);
    }

    private HttpResponse<String> post(String body) {
        return client().send(client().request(PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
