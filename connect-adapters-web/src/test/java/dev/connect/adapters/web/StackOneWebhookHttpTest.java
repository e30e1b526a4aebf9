package dev.connect.adapters.web;

import static dev.connect.adapters.web.ConnectSessionsHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /webhooks/stackone} over real HTTP, with a fake use case behind it. */
class StackOneWebhookHttpTest {

    private static final String PATH = "/webhooks/stackone";
    private static final AccountEvent EVENT = TestEvents.created().build();

    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private Function<WebhookDelivery, Result> behaviour = delivery -> new Result.Duplicate(EVENT);
    private HttpServerHandle server;
    private WebClient client;

    @BeforeEach
    void start() {
        ReceiveAccountEventUseCase receive = command -> {
            deliveries.add(command.delivery());
            return behaviour.apply(command.delivery());
        };
        server = TestServer.with().receiveAccountEvent(receive).start();
        client = new WebClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void passesTheRawBytesHeadersAndArrivalTimeUntouched() {
        String body = "{ \"event\" : \"account.created\",\n  \"weird spacing\": [1,2] }";
        Instant before = Instant.now();

        HttpResponse<String> response = client.send(client.request(PATH)
                .header("Content-Type", "application/json").header("X-StackOne-Signature", "c2lnbmF0dXJl")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(delivery.header("x-stackone-signature")).contains("c2lnbmF0dXJl");
            assertThat(delivery.receivedAt()).isBetween(before.minusMillis(1), Instant.now());
        });
    }

    @Test
    void answersWhatBecameOfTheEvent() {
        behaviour = delivery -> new Result.Outdated(EVENT, Optional.empty());
        assertThat(post("{}").body()).isEqualTo("{\"status\":\"outdated\"}");
        behaviour = delivery -> new Result.Ignored(EVENT);
        assertThat(post("{}").body()).isEqualTo("{\"status\":\"ignored\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SIGNATURE_INVALID, 401, signature_invalid",
            "EVENT_MALFORMED, 400, event_malformed",
            "EVENT_STALE, 400, event_stale"})
    void rejectedDeliveriesAreProblems(ErrorCode code, int status, String wire) {
        behaviour = delivery -> {
            throw new WebhookRejectedException(code, "refused");
        };

        assertProblem(post("{}"), status, wire);
    }

    @Test
    void anUnavailableDatabaseIs503SoThatStackOneRetries() {
        behaviour = delivery -> {
            throw new StorageUnavailableException("the database is unavailable", new java.sql.SQLException("down"));
        };

        assertProblem(post("{}"), 503, "storage_unavailable");
    }

    @Test
    void aBodyOver256KibibytesIsTooLargeAndNeverReachesTheUseCase() {
        String big = "{\"pad\": \"" + "x".repeat(256 * 1024) + "\"}";

        assertProblem(post(big), 413, "payload_too_large");
        assertThat(deliveries).isEmpty();
    }

    @Test
    void aBodyOfExactly256KibibytesIsAccepted() {
        byte[] body = new byte[256 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = client.send(client.request(PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(deliveries.get(0).bodyLength()).isEqualTo(256 * 1024);
    }

    private HttpResponse<String> post(String body) {
        return client.send(client.request(PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
