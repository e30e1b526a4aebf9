package dev.connect.app;

import dev.connect.adapters.mail.SmtpSettings;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Auth links: where recipients reach connect, how mail is sent, and how often the sweeps run.
 *
 * @param publicUrl     connect's address as recipients reach it ({@code CONNECT_PUBLIC_URL}); empty: the address
 *                      the app listens on
 * @param smtp          the mail server; empty: the embedded default's outbox, or no delivery at all
 * @param sweepInterval how often due links are expired and due deliveries retried
 * @param backoff       when a failed delivery is tried again
 */
public record AuthLinkOptions(Optional<URI> publicUrl, Optional<SmtpSettings> smtp, Duration sweepInterval,
                              DeliveryBackoff backoff) {

    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMinutes(1);

    public AuthLinkOptions {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(backoff, "backoff");
    }
}
