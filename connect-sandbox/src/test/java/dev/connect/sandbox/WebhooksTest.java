package dev.connect.sandbox;

import dev.connect.sandbox.webhooks.WebhookDeliveryAttempt;
import dev.connect.sandbox.faults.WebhookFault;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed account webhooks, retries, the delivery log, and webhook faults. */
class WebhooksTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SECRET = "whsec-primary-for-tests";

    WebhookReceiver receiver;
    StackOneSandbox sandbox;
    Http http;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        sandbox = StackOneSandbox.start(SandboxSettings.builder()
                .webhookTargets(List.of(receiver.url()))
                .webhookSecrets(List.of(SECRET, "whsec-secondary"))
                .webhookMaxAttempts(4)
                .webhookInitialBackoff(Duration.ofMillis(50))
                .build());
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    /** Computed here, independently of the sandbox: base64url without padding of HMAC-SHA256. */
    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body));
    }

    static JsonNode json(WebhookReceiver.Received received) throws Exception {
        return Http.JSON.readTree(received.body());
    }

    static boolean event(WebhookReceiver.Received received, String event) {
        return received.text().contains("\"event\":\"" + event + "\"");
    }

    @Test
    void createdUpdatedAndDeletedAreSentSignedWithThePrimarySecret() throws Exception {
        Map<String, Object> session = Flows.owner("wh-1", "Webhook One");
        session.put("origin_username", "ada@wh.test");
        String id = Flows.linkWithCredentials(http, session, "bamboohr",
                Map.of("subdomain", "acme", "api_key", "key-1234567890")).get("id").asText();
        http.rest("PATCH", "/accounts/" + id, Map.of("label", "renamed"));
        http.rest("DELETE", "/accounts/" + id, null);

        List<WebhookReceiver.Received> received = receiver.await(3, r -> true, WAIT);
        assertThat(received).extracting(r -> json(r).get("event").asText())
                .containsExactly("account.created", "account.updated", "account.deleted");
        for (WebhookReceiver.Received delivery : received) {
            assertThat(delivery.signature()).isEqualTo(hmac(SECRET, delivery.body()));
            assertThat(delivery.signature()).doesNotContain("=", "+", "/");
            assertThat(delivery.contentType()).startsWith("application/json");
            JsonNode body = json(delivery);
            assertThat(body.get("account_id").asText()).isEqualTo(id);
            assertThat(body.get("record_id").asText()).isEqualTo(id);
            assertThat(body.get("record_type").asText()).isEqualTo("account");
            assertThat(body.get("provider").asText()).isEqualTo("bamboohr");
            assertThat(body.get("project_id").asText()).isEqualTo("sandbox-project");
            assertThat(body.get("origin_owner_id").asText()).isEqualTo("wh-1");
            assertThat(body.get("origin_owner_name").asText()).isEqualTo("Webhook One");
            assertThat(body.get("origin_username").asText()).isEqualTo("ada@wh.test");
            assertThat(body.get("setup_information").get("subdomain").asText()).isEqualTo("acme");
            Instant eventDate = Instant.parse(body.get("event_date").asText());
            assertThat(Instant.parse(body.get("sent_at").asText())).isAfterOrEqualTo(eventDate);
            assertThat(delivery.text()).doesNotContain("key-1234567890");
        }
    }

    @Test
    void retriesFailedDeliveriesWithBackoffAndLogsEveryAttempt() throws Exception {
        receiver.failNext(2, 503);
        Flows.linkGreenhouse(http, "wh-2", "Webhook Two");

        receiver.await(1, r -> event(r, "account.created"), WAIT);
        assertThat(sandbox.awaitWebhooksIdle(WAIT)).isTrue();
        List<WebhookDeliveryAttempt> log = sandbox.webhookDeliveries();
        assertThat(log).extracting(WebhookDeliveryAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(log).extracting(WebhookDeliveryAttempt::statusCode).containsExactly(503, 503, 204);
        assertThat(log).extracting(WebhookDeliveryAttempt::deliveryId).containsOnly(log.get(0).deliveryId());
        assertThat(log.get(2).at()).isAfter(log.get(0).at().plusMillis(140));

        JsonNode overHttp = http.send("GET", "/_sandbox/webhooks/deliveries", null, Map.of()).json();
        assertThat(overHttp).hasSize(3);
        assertThat(overHttp.get(0).get("url").asText()).isEqualTo(receiver.url().toString());
        assertThat(overHttp.get(0).get("event").asText()).isEqualTo("account.created");
        assertThat(overHttp.get(0).get("status_code").asInt()).isEqualTo(503);
        assertThat(overHttp.get(2).get("succeeded").asBoolean()).isTrue();
        assertThat(overHttp.get(0).get("at").asText()).isNotBlank();
    }

    @Test
    void givesUpAfterTheLastAttemptAndLogsConnectionFailures() throws Exception {
        sandbox.addWebhookTarget(java.net.URI.create("http://127.0.0.1:1/unreachable"));
        Flows.linkGreenhouse(http, "wh-3", "Webhook Three");

        assertThat(sandbox.awaitWebhooksIdle(WAIT)).isTrue();
        List<WebhookDeliveryAttempt> failed = sandbox.webhookDeliveries().stream()
                .filter(a -> a.url().contains("unreachable")).toList();
        assertThat(failed).hasSize(4);
        assertThat(failed).allSatisfy(a -> {
            assertThat(a.statusCode()).isNull();
            assertThat(a.error()).isNotBlank();
        });
    }

    @Test
    void targetsCanBeAddedAfterStartOverJavaAndHttp() throws Exception {
        try (WebhookReceiver late = new WebhookReceiver(); WebhookReceiver later = new WebhookReceiver()) {
            sandbox.addWebhookTarget(late.url());
            assertThat(http.send("POST", "/_sandbox/webhooks/targets", Map.of("url", later.url().toString()),
                    Map.of()).status()).isEqualTo(201);
            assertThat(sandbox.webhookTargets()).contains(receiver.url(), late.url(), later.url());
            Flows.linkGreenhouse(http, "wh-4", "Webhook Four");
            late.await(1, r -> true, WAIT);
            later.await(1, r -> true, WAIT);
        }
        assertThat(http.send("POST", "/_sandbox/webhooks/targets", Map.of("url", "not a url"), Map.of()).status())
                .isEqualTo(400);
    }

    @Test
    void duplicateSendsTheSameBytesTwice() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.duplicate(1));
        Flows.linkGreenhouse(http, "wh-5", "Webhook Five");

        List<WebhookReceiver.Received> received = receiver.await(2, r -> true, WAIT);
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
        assertThat(received.get(0).signature()).isEqualTo(received.get(1).signature());
    }

    @Test
    void corruptSignatureSendsAWrongSignatureOfTheRightShape() throws Exception {
        assertThat(http.send("POST", "/_sandbox/webhooks/faults", Map.of("kind", "corrupt_signature", "times", 1),
                Map.of()).status()).isEqualTo(201);
        String id = Flows.linkGreenhouse(http, "wh-6", "Webhook Six");
        http.rest("DELETE", "/accounts/" + id, null);

        List<WebhookReceiver.Received> received = receiver.await(2, r -> true, WAIT);
        WebhookReceiver.Received corrupted = received.stream().filter(r -> event(r, "account.created")).findFirst()
                .orElseThrow();
        assertThat(corrupted.signature()).hasSize(43).isNotEqualTo(hmac(SECRET, corrupted.body()));
        WebhookReceiver.Received fine = received.stream().filter(r -> event(r, "account.deleted")).findFirst()
                .orElseThrow();
        assertThat(fine.signature()).isEqualTo(hmac(SECRET, fine.body()));
        assertThat(sandbox.webhookDeliveries()).anyMatch(WebhookDeliveryAttempt::signatureCorrupted);
    }

    @Test
    void delayHoldsADeliveryBack() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.delay(Duration.ofMillis(700), 1));
        long start = System.nanoTime();
        Flows.linkGreenhouse(http, "wh-7", "Webhook Seven");

        receiver.await(1, r -> true, WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(650));
        JsonNode body = json(receiver.received().get(0));
        assertThat(Duration.between(Instant.parse(body.get("event_date").asText()),
                Instant.parse(body.get("sent_at").asText()))).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void reorderDeliversABatchNewestFirst() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.reorder(3));
        String id = Flows.linkGreenhouse(http, "wh-8", "Webhook Eight");
        http.rest("PATCH", "/accounts/" + id, Map.of("label", "x"));
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofMillis(300))).isTrue();
        assertThat(receiver.received()).isEmpty();
        http.rest("DELETE", "/accounts/" + id, null);

        List<WebhookReceiver.Received> received = receiver.await(3, r -> true, WAIT);
        assertThat(received).extracting(r -> json(r).get("event").asText())
                .containsExactly("account.deleted", "account.updated", "account.created");
    }

    @Test
    void dropLosesADeliveryAndRedeliverSendsAnEarlierOneAgain() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.drop(1));
        Flows.linkGreenhouse(http, "wh-9", "Webhook Nine");
        String second = Flows.linkGreenhouse(http, "wh-10", "Webhook Ten");

        List<WebhookReceiver.Received> received = receiver.await(1, r -> true, WAIT);
        assertThat(sandbox.awaitWebhooksIdle(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(1);
        assertThat(json(received.get(0)).get("account_id").asText()).isEqualTo(second);
        assertThat(sandbox.webhookDeliveries()).anyMatch(a -> "dropped".equals(a.note()));

        long original = sandbox.webhookDeliveries().stream().filter(WebhookDeliveryAttempt::succeeded)
                .findFirst().orElseThrow().deliveryId();
        Http.Answer redelivered = http.send("POST", "/_sandbox/webhooks/redeliver",
                Map.of("delivery_id", original), Map.of());
        assertThat(redelivered.status()).isEqualTo(202);
        List<WebhookReceiver.Received> twice = receiver.await(2, r -> true, WAIT);
        assertThat(twice.get(1).body()).isEqualTo(twice.get(0).body());
        assertThat(twice.get(1).signature()).isEqualTo(twice.get(0).signature());
        sandbox.redeliverWebhook(original);
        receiver.await(3, r -> true, WAIT);
        assertThat(http.send("POST", "/_sandbox/webhooks/redeliver", Map.of("delivery_id", 999), Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void webhookFaultsAreValidatedAndListed() {
        assertThat(http.send("POST", "/_sandbox/webhooks/faults", Map.of("kind", "explode"), Map.of()).status())
                .isEqualTo(400);
        assertThat(http.send("POST", "/_sandbox/webhooks/faults", Map.of("kind", "reorder", "times", 1), Map.of())
                .status()).isEqualTo(400);
        http.send("POST", "/_sandbox/webhooks/faults", Map.of("kind", "delay", "delay_ms", 100, "times", 2),
                Map.of());
        JsonNode active = http.send("GET", "/_sandbox/webhooks/faults", null, Map.of()).json();
        assertThat(active).hasSize(1);
        assertThat(active.get(0).get("remaining").asInt()).isEqualTo(2);
        assertThat(http.send("DELETE", "/_sandbox/webhooks/faults", null, Map.of()).status()).isEqualTo(204);
        assertThat(http.send("GET", "/_sandbox/webhooks/faults", null, Map.of()).json()).isEmpty();
    }
}
