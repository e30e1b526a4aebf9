package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key, webhook secrets and credentials appear in no log line and no answer. */
class SecretsStayPrivateTest {

    static final String API_KEY = "v1.eu1.private-api-key-0000";
    static final String WEBHOOK_SECRET = "private-webhook-secret-1111";
    static final String CREDENTIAL = "private-credential-2222";

    @Test
    void noSecretInLogsOrAnswers() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger requests = (Logger) LoggerFactory.getLogger("dev.connect.sandbox.requests");
        Level before = requests.getLevel();
        requests.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try (WebhookReceiver receiver = new WebhookReceiver();
                StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.builder().apiKey(API_KEY)
                        .webhookSecrets(List.of(WEBHOOK_SECRET)).webhookTargets(List.of(receiver.url()))
                        .webhookMaxAttempts(2).webhookInitialBackoff(Duration.ofMillis(10)).build())) {
            receiver.failNext(1, 500);
            Http http = new Http(sandbox);
            StringBuilder answers = new StringBuilder();
            answers.append(Flows.linkWithCredentials(http, Flows.owner("s", "S"), "greenhouse",
                    Map.of("api_key", CREDENTIAL)));
            String token = http.session(Flows.owner("s2", "S2")).get("token").asText();
            answers.append(http.hub("POST", "/hub/accounts", Map.of("integration_id", "int_greenhouse",
                    "credentials", Map.of("api_key", CREDENTIAL + " with spaces")), token).body());
            answers.append(http.send("GET", "/accounts", null, Map.of("Authorization", Http.basic(API_KEY + "x")))
                    .body());
            answers.append(http.rest("GET", "/accounts", null).body());
            answers.append(http.send("GET", "/_sandbox/webhooks/deliveries", null, Map.of()).body());
            sandbox.awaitWebhooksIdle(Duration.ofSeconds(5));

            assertThat(answers.toString()).doesNotContain(API_KEY, WEBHOOK_SECRET, CREDENTIAL);
            assertThat(appender.list).isNotEmpty();
            for (ILoggingEvent event : appender.list) {
                String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : event.getThrowableProxy().getMessage());
                assertThat(line).doesNotContain(API_KEY, WEBHOOK_SECRET, CREDENTIAL);
            }
        } finally {
            root.detachAppender(appender);
            requests.setLevel(before);
        }
    }
}
