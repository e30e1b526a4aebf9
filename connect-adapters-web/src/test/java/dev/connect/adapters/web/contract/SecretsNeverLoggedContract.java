package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Whatever the web adapter and the HTTP server under it log, at any level, carries no bearer token and no JWT secret.
 * Needs Logback as the test's SLF4J binding.
 */
public interface SecretsNeverLoggedContract extends HttpContractFixture {

    @Test
    default void bearerTokensAndTheSecretNeverReachTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        String token = Tokens.alice();
        useCases().createConnectSession(command -> {
            throw new IllegalStateException("boom while serving " + command.request().endUser().owner().id());
        });
        useCases().receiveAccountEvent(command -> {
            throw new IllegalStateException("boom");
        });
        try {
            assertThat(client().postJson("/v1/connect-sessions", token, "{}").statusCode()).isEqualTo(500);
            assertThat(client().postJson("/v1/connect-sessions", token + "x", "{}").statusCode()).isEqualTo(401);
            assertThat(client().postJson("/webhooks/stackone", token, "{}").statusCode()).isEqualTo(500);
        } finally {
            root.detachAppender(captured);
            root.setLevel(previous);
        }

        String everything = captured.list.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        assertThat(everything).as("the unexpected failure is logged").contains("boom while serving tenant-1");
        assertThat(everything).doesNotContain(token).doesNotContain(Tokens.SECRET)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
