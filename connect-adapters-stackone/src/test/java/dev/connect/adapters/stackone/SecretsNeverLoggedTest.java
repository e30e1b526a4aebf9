package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.API_KEY;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.SESSION_JSON;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connect.domain.model.account.AccountId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every log line of the adapter, at its most verbose, is free of the API key and of session tokens. */
class SecretsNeverLoggedTest {

    private final WireMockServer stackOne = new WireMockServer(options().dynamicPort());
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void start() {
        stackOne.start();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        context.getLogger(StackOneClient.HTTP_LOGGER).setLevel(Level.TRACE);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stop() {
        root.detachAppender(captured);
        stackOne.stop();
    }

    @Test
    void theKeyAndTheTokenNeverReachTheLog() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(201, SESSION_JSON)));
        stackOne.stubFor(get("/accounts/acc-1").willReturn(json(401, "{\"message\":\"bad key " + API_KEY + "\"}")));
        StackOneAdapters adapters = StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(API_KEY))
                .withBaseUrl(URI.create(stackOne.baseUrl()))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2)), Clock.systemUTC());

        adapters.connectSessions().open(StackOneAdapterHttpTest.fullRequest());
        Throwable failure = catchThrowable(() -> adapters.accountDirectory().find(new AccountId("acc-1")));

        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("the adapter logs its calls at debug level").anyMatch(line -> line.contains("/connect_sessions"));
        String basic = Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(String.join("\n", lines))
                .doesNotContain(API_KEY)
                .doesNotContain(basic)
                .doesNotContainIgnoringCase("authorization")
                .doesNotContain("session-token-xyz");
        assertThat(failure).hasMessageNotContaining(API_KEY);
        assertThat(new StackOneApiKey(API_KEY).toString()).doesNotContain(API_KEY);
        assertThat(StackOneSettings.defaults(new StackOneApiKey(API_KEY)).toString()).doesNotContain(API_KEY);
    }
}
