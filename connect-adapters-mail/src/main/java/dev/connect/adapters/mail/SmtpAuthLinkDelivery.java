package dev.connect.adapters.mail;

import dev.connect.domain.model.authlink.AuthLinkInvitation;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort;
import jakarta.mail.Authenticator;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an auth link as an e-mail (plain text and HTML alternatives) through an SMTP server with Jakarta Mail
 * (Eclipse Angus Mail). Every header is built from validated values through the library's own encoders: the one
 * recipient is a validated plain address and the subject admits no line break, so no field can add a header or a
 * recipient. A failure is an outcome with a reason naming the server and what went wrong, never the link, the
 * message or the password.
 */
public final class SmtpAuthLinkDelivery implements AuthLinkDeliveryPort {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpAuthLinkDelivery.class);

    private final SmtpSettings settings;
    private final Session session;

    public SmtpAuthLinkDelivery(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    @Override
    public Outcome deliver(AuthLinkInvitation invitation) {
        AuthLinkMail mail = AuthLinkMail.of(invitation);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from().value(), true));
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(invitation.link().recipient().value(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(invitation.sentAt()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
            Transport.send(message);
            LOG.info("auth link {} sent by e-mail through {}:{}", invitation.link().id(), settings.host(),
                    settings.port());
            return new Outcome.Sent();
        } catch (MessagingException failure) {
            String reason = reason(failure);
            LOG.warn("auth link {} could not be sent: {}", invitation.link().id(), reason);
            return new Outcome.Failed(reason);
        }
    }

    /** What went wrong, in words that name the server but carry no secret and no part of the message. */
    private String reason(MessagingException failure) {
        String server = "the mail server " + settings.host() + ":" + settings.port();
        if (failure instanceof MailConnectException) {
            return server + " could not be reached";
        }
        if (failure instanceof AuthenticationFailedException) {
            return server + " refused the user name and password";
        }
        if (failure instanceof SendFailedException) {
            return server + " refused the recipient or the sender";
        }
        return server + " failed: " + failure.getClass().getSimpleName();
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", String.valueOf(settings.port()));
        properties.put(prefix + "auth", String.valueOf(settings.username().isPresent()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put(prefix + "connectiontimeout", timeout);
        properties.put(prefix + "timeout", timeout);
        properties.put(prefix + "writetimeout", timeout);
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        properties.put("mail.mime.allowutf8", "false");
        return properties;
    }

    private static Authenticator authenticator(SmtpSettings settings) {
        if (settings.username().isEmpty()) {
            return null;
        }
        PasswordAuthentication credentials = new PasswordAuthentication(settings.username().get(),
                settings.password().orElse(""));
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }
}
