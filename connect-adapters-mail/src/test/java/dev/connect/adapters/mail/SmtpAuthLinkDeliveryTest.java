package dev.connect.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkInvitation;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort.Outcome;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The SMTP adapter against a real SMTP server in the test's process (GreenMail), on a free loopback port. */
class SmtpAuthLinkDeliveryTest {

    private static final String PASSWORD = "smtp-secret-pa55word";

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.setUser("connect@mail.test", "connect", PASSWORD);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, Optional.of("connect"),
                Optional.of(PASSWORD), new EmailAddress("links@connect.test"), Duration.ofSeconds(5));
    }

    private static AuthLinkInvitation invitation(AuthLink link) {
        return new AuthLinkInvitation(link, URI.create("https://connect.test/links/" + link.token().value()),
                TestEvents.T0);
    }

    @Test
    void theRecipientGetsOneMessageWithTheSubjectTheLinkItsLifetimeAndTheOperatorsWordsAsTextAndHtml()
            throws Exception {
        AuthLink link = TestLinks.pending().provider("bamboohr").message("Hi Ada,\r\nthis is for payroll <b>now</b>.")
                .build();

        Outcome outcome = new SmtpAuthLinkDelivery(settings(smtp.getSmtp().getPort())).deliver(invitation(link));

        assertThat(outcome).isEqualTo(new Outcome.Sent());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ada@acme.test");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("links@connect.test");
        assertThat(mail.getSubject()).isEqualTo("owner-42 Ltd: please connect your bamboohr account");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        String url = "https://connect.test/links/" + link.token().value();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains(url).contains("works for 5 days").contains("this is for payroll <b>now</b>.");
        assertThat(html).contains("href=\"" + url + "\"").contains("this is for payroll &lt;b&gt;now&lt;/b&gt;.");
    }

    @Test
    void noFieldCanAddAHeaderOrARecipient() throws Exception {
        String injected = "\r\nBcc: eve@evil.test\r\nSubject: hijacked";
        assertThatThrownBy(() -> new OwnerName("Acme" + injected)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new EmailAddress("ada@acme.test" + injected))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new EmailAddress("ada@acme.test\nBcc: eve@evil.test"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new ProviderKey("hibob" + injected)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> TestLinks.pending().owner("owner" + injected).build())
                .isInstanceOf(InvalidRequestException.class);
        AuthLink link = TestLinks.pending().message("Hello" + injected + "\r\n\r\n.\r\nMAIL FROM:<eve@evil.test>")
                .build();

        assertThat(new SmtpAuthLinkDelivery(settings(smtp.getSmtp().getPort())).deliver(invitation(link)))
                .isEqualTo(new Outcome.Sent());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("ada@acme.test");
        assertThat(received[0].getHeader("Subject")).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("owner-42 Ltd: please connect an account");
        assertThat(GreenMailUtil.getHeaders(received[0])).doesNotContain("eve@evil.test");
        assertThat(smtp.getReceivedMessagesForDomain("evil.test")).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsAFailureThatNamesItAndNoSecret() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        AuthLink link = TestLinks.pending().build();
        Outcome[] outcome = new Outcome[1];

        String logs = logsDuring(() -> outcome[0] = new SmtpAuthLinkDelivery(settings(closed)).deliver(invitation(link)));

        assertThat(outcome[0]).isInstanceOf(Outcome.Failed.class);
        String reason = ((Outcome.Failed) outcome[0]).reason();
        assertThat(reason).contains("127.0.0.1:" + closed).contains("could not be reached");
        assertThat(reason + logs).doesNotContain(PASSWORD).doesNotContain(link.token().value());
        assertThat(logs).contains(link.id().value());
        assertThat(settings(closed).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void theSentLogLineNamesTheLinkButNeverItsTokenOrThePassword() {
        AuthLink link = TestLinks.pending().build();

        String logs = logsDuring(() -> new SmtpAuthLinkDelivery(settings(smtp.getSmtp().getPort()))
                .deliver(invitation(link)));

        assertThat(logs).contains(link.id().value()).doesNotContain(link.token().value()).doesNotContain(PASSWORD);
    }

    @Test
    void theOutboxKeepsTheSameMessageNewestFirst() {
        OutboxAuthLinkDelivery outbox = new OutboxAuthLinkDelivery();
        AuthLink first = TestLinks.pending().build();
        AuthLink second = TestLinks.pending().provider("hibob").build();

        outbox.deliver(invitation(first));
        outbox.deliver(invitation(second));

        List<OutboxAuthLinkDelivery.OutboxMessage> kept = outbox.newest(10);
        assertThat(kept).extracting(OutboxAuthLinkDelivery.OutboxMessage::authLinkId)
                .containsExactly(second.id().value(), first.id().value());
        assertThat(kept.get(0).subject()).isEqualTo(AuthLinkMail.of(invitation(second)).subject());
        assertThat(kept.get(0).url()).endsWith(second.token().value());
        assertThat(kept.get(0).to()).isEqualTo("ada@acme.test");
        assertThat(outbox.newest(1)).hasSize(1);
    }

    private static String logsDuring(Runnable work) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        try {
            work.run();
        } finally {
            root.detachAppender(captured);
            root.setLevel(previous);
        }
        // connect's own lines, and the mail library's (the test's SMTP server logs the whole dialogue it receives)
        return Collections.unmodifiableList(captured.list).stream()
                .filter(event -> !event.getLoggerName().startsWith("com.icegreen"))
                .map(ILoggingEvent::getFormattedMessage)
                .collect(Collectors.joining("\n"));
    }
}
