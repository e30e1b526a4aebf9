package dev.connect.adapters.nango;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.session.ConnectSessionRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every log line of the Nango adapter, at its most verbose, is free of the secret key and of session tokens. */
class SecretsNeverLoggedTest {

    private final NangoStub nango = new NangoStub();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        context.getLogger(NangoClient.HTTP_LOGGER).setLevel(Level.TRACE);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stop() {
        root.detachAppender(captured);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(NangoClient.HTTP_LOGGER).setLevel(Level.INFO);
        nango.close();
    }

    @Test
    void theKeyAndTheTokenNeverReachTheLog() {
        nango.givenConnection("conn-foreign", "Not A Key", Map.of("organization_id", "t"), List.of());
        NangoAdapters adapters = nango.adapters(NangoStub.SECRET_KEY, java.time.Duration.ofSeconds(10),
                java.time.Duration.ofSeconds(20));

        var session = adapters.connectSessions().open(ConnectSessionRequest.forPicker(new EndUser(
                new Owner(new OwnerId("tenant-1"), new OwnerName("Acme")), java.util.Optional.empty())));
        adapters.accountDirectory().list(dev.connect.domain.model.account.DirectoryQuery.all(1));
        Throwable refused = catchThrowable(() -> nango.adapters(NangoStub.REFUSED_KEY).accountDirectory()
                .find(new AccountId("conn-1")));

        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("the adapter logs its calls at debug level").anyMatch(line -> line.contains("/connect/sessions"));
        assertThat(lines).as("and what it leaves out").anyMatch(line -> line.contains("'Not A Key'"));
        assertThat(String.join("\n", lines))
                .doesNotContain(NangoStub.SECRET_KEY)
                .doesNotContain(NangoStub.REFUSED_KEY)
                .doesNotContainIgnoringCase("authorization")
                .doesNotContain("Bearer")
                .doesNotContain(session.token().value());
        assertThat(refused).hasMessageNotContaining(NangoStub.REFUSED_KEY);
        assertThat(new NangoSecretKey(NangoStub.SECRET_KEY).toString()).doesNotContain(NangoStub.SECRET_KEY);
    }
}
