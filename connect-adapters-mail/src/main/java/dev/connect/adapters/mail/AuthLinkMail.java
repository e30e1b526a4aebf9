package dev.connect.adapters.mail;

import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkInvitation;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The message of an auth link, as plain text and HTML: who asks, the link, how long it works, and the operator's own
 * words. Every value is data: the subject is one line of fields that admit no line break (the owner's name and the
 * provider key are validated so), and the HTML escapes everything it shows.
 *
 * @param url the address as text, for the outbox and tests
 */
public record AuthLinkMail(String subject, String text, String html, String url) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public static AuthLinkMail of(AuthLinkInvitation invitation) {
        AuthLink link = invitation.link();
        String owner = link.owner().name().value();
        String account = link.provider().map(ProviderKey::value).map(key -> "your " + key + " account")
                .orElse("an account");
        String what = (link.accountId().isPresent() ? "reconnect " : "connect ") + account;
        String subject = owner + ": please " + what;
        String url = invitation.url().toString();
        String lifetime = lifetime(invitation.remaining());
        String until = WHEN.format(link.expiresAt());
        String message = link.message().map(AuthLinkMessage::value).map(m -> m.replace("\r\n", "\n")).orElse("");

        StringBuilder text = new StringBuilder()
                .append("Hello,\n\n")
                .append(owner).append(" asks you to ").append(what).append(".\n\n");
        if (!message.isEmpty()) {
            text.append(message).append("\n\n");
        }
        text.append("Open this link to do it:\n").append(url).append("\n\n")
                .append("The link works for ").append(lifetime).append(" (until ").append(until).append(").\n")
                .append("If you did not expect this message, you can ignore it.\n");

        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
                .append("<p>Hello,</p><p>").append(escape(owner)).append(" asks you to ").append(escape(what))
                .append(".</p>");
        if (!message.isEmpty()) {
            html.append("<p>").append(escape(message).replace("\n", "<br>")).append("</p>");
        }
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(capitalised(what)))
                .append("</a></p>")
                .append("<p>The link works for ").append(escape(lifetime)).append(" (until ").append(escape(until))
                .append(").<br>If you did not expect this message, you can ignore it.</p></body></html>");
        return new AuthLinkMail(subject, text.toString(), html.toString(), url);
    }

    /** In words, to the nearest minute: a link sent the moment it was made for 5 days works "5 days", not "4". */
    private static String lifetime(Duration exact) {
        Duration remaining = exact.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
        long days = remaining.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = remaining.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, remaining.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return "AuthLinkMail[subject=" + subject + "]";
    }
}
