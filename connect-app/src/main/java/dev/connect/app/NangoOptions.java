package dev.connect.app;

import dev.connect.adapters.nango.NangoSecretKey;
import dev.connect.adapters.nango.NangoSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach Nango ({@code CONNECT_PROVIDER=nango}): its secret key, Nango Cloud or a self-hosted base URL, the
 * timeouts, and the webhook signing key(s) its auth webhooks are verified with (two during a rotation). The keys are
 * secrets: {@link #toString()} shows neither.
 */
public record NangoOptions(NangoSecretKey secretKey, URI baseUrl, Duration connectTimeout, Duration readTimeout,
                           Duration callDeadline, List<String> webhookSigningKeys) {

    public NangoOptions {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        webhookSigningKeys = List.copyOf(webhookSigningKeys);
    }

    /** The adapter's settings. */
    public NangoSettings settings() {
        return new NangoSettings(baseUrl, secretKey, connectTimeout, readTimeout, callDeadline);
    }

    @Override
    public String toString() {
        return "NangoOptions[baseUrl=" + baseUrl + ", secretKey=redacted, webhookSigningKeys="
                + webhookSigningKeys.size() + " (redacted), connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", callDeadline=" + callDeadline + "]";
    }
}
