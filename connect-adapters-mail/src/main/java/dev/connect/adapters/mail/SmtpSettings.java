package dev.connect.adapters.mail;

import dev.connect.domain.model.authlink.EmailAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how auth-link mail is sent. The password is a secret: {@link #toString()} never shows it, and neither do
 * the adapter's logs or failure reasons.
 *
 * @param timeout for connecting, reading and writing, each
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> username,
                           Optional<String> password, EmailAddress from, Duration timeout) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP: only to a relay on the same host or network. */
        NONE,
        /** Plain connection upgraded with STARTTLS, which is required (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank() || host.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the SMTP host must be a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be between 1 and 65535");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("an SMTP password needs a user name");
        }
    }

    /** The port a security mode usually has: 25, 587 or 465. */
    public static int defaultPort(Security security) {
        return switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username.orElse("-") + ", password=" + (password.isPresent() ? "(set)" : "-") + ", from=" + from
                + "]";
    }
}
