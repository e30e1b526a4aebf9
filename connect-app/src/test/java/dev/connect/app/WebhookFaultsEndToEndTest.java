package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.WebhookFault;
import dev.connect.sandbox.webhooks.WebhookDeliveryAttempt;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's webhook faults against connect's intake: forged, duplicated, reordered and replayed deliveries. */
@ParameterizedClass
@EnumSource(ConnectSettings.HttpServer.class)
class WebhookFaultsEndToEndTest {

    @Parameter
    ConnectSettings.HttpServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private ConnectApplication app;
    private StackOneSandbox sandbox;

    @BeforeEach
    void start(@TempDir Path data) {
        app = SandboxMode.start(data, server);
        sandbox = app.sandbox().orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aForgedDeliveryIsRefusedEveryTimeAndStoresNothingWhileTheNextSignedOneIsApplied() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.corruptSignature(1));

        String accountId = link("hibob", "tenant-1");

        assertThat(awaitIdle()).filteredOn(a -> a.accountId().equals(accountId))
                .extracting(WebhookDeliveryAttempt::statusCode).isNotEmpty().containsOnly(401);
        assertThat(find("tenant-1", accountId)).isEmpty();

        HttpResponse<String> updated = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/accounts/" + accountId))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"label\": \"renamed\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(updated.statusCode()).isEqualTo(200);
        awaitIdle();

        // an account.updated before any account.created still leaves a correct account
        LinkedAccount account = registered("tenant-1", accountId);
        assertThat(account.state()).isEqualTo(LinkedAccountState.LINKED);
        assertThat(account.provider().value()).isEqualTo("hibob");
    }

    @Test
    void duplicatesChangeNothingAndAReplayedCreateAfterDeleteDoesNotResurrect() throws Exception {
        sandbox.injectWebhookFault(WebhookFault.duplicate(1));
        String accountId = link("bamboohr", "tenant-2");
        List<WebhookDeliveryAttempt> created = awaitIdle().stream()
                .filter(a -> a.accountId().equals(accountId) && a.event().equals("account.created")).toList();
        assertThat(created).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        LinkedAccount once = registered("tenant-2", accountId);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/accounts/" + accountId))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        awaitIdle();
        assertThat(registered("tenant-2", accountId).state()).isEqualTo(LinkedAccountState.DELETED);

        sandbox.redeliverWebhook(created.get(0).deliveryId());
        awaitIdle();

        LinkedAccount after = registered("tenant-2", accountId);
        assertThat(after.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(after.createdAt()).isEqualTo(once.createdAt());
    }

    @Test
    void reorderedEventsEndInTheNewestState() throws Exception {
        String accountId = link("personio", "tenant-3");
        awaitIdle();
        sandbox.injectWebhookFault(WebhookFault.reorder(2));

        HttpResponse<String> updated = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/accounts/" + accountId))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"label\": \"renamed\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        awaitClockPast(Instant.now()); // the delete's event_date must be later than the update's
        http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/accounts/" + accountId))
                .header("Authorization", SandboxMode.basicAuth(sandbox)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        List<WebhookDeliveryAttempt> attempts = awaitIdle();

        List<String> arrival = attempts.stream().filter(a -> a.accountId().equals(accountId) && a.statusCode() == 200)
                .map(WebhookDeliveryAttempt::event).toList();
        assertThat(arrival).containsSubsequence("account.deleted", "account.updated");
        assertThat(registered("tenant-3", accountId).state()).isEqualTo(LinkedAccountState.DELETED);
    }

    private String link(String provider, String owner) throws Exception {
        return SandboxMode.link(app, provider, owner, false);
    }

    private List<WebhookDeliveryAttempt> awaitIdle() throws InterruptedException {
        assertThat(sandbox.awaitWebhooksIdle(Duration.ofSeconds(30))).isTrue();
        return sandbox.webhookDeliveries();
    }

    private Optional<LinkedAccount> find(String owner, String accountId) {
        return app.useCases().findLinkedAccount().find(
                new FindLinkedAccountUseCase.Query(new OwnerId(owner), new AccountId(accountId)));
    }

    private LinkedAccount registered(String owner, String accountId) {
        return find(owner, accountId).orElseThrow(() -> new AssertionError("not in the registry: " + accountId));
    }

    /** Returns once the clock has moved past {@code instant}, so that the next event is dated later. */
    private static void awaitClockPast(Instant instant) {
        while (!Instant.now().isAfter(instant.plusMillis(1))) {
            Thread.onSpinWait();
        }
    }


}
