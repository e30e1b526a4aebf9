package dev.connect.adapters.nango;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Nango: Nango Cloud ({@code https://api.nango.dev}) or a self-hosted instance.
 *
 * @param connectTimeout for one connection attempt
 * @param readTimeout    for one answer
 * @param callDeadline   for a whole call, retries included: no call takes longer than this plus one attempt
 */
public record NangoSettings(URI baseUrl, NangoSecretKey secretKey, Duration connectTimeout, Duration readTimeout,
                            Duration callDeadline) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.nango.dev");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(10);

    public NangoSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(secretKey, "secretKey");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callDeadline, "callDeadline");
        String scheme = baseUrl.getScheme();
        if ((!"https".equals(scheme) && !"http".equals(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL");
        }
    }

    public static NangoSettings defaults(NangoSecretKey secretKey) {
        return new NangoSettings(DEFAULT_BASE_URL, secretKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_CALL_DEADLINE);
    }

    public NangoSettings withBaseUrl(URI url) {
        return new NangoSettings(url, secretKey, connectTimeout, readTimeout, callDeadline);
    }

    public NangoSettings withTimeouts(Duration connect, Duration read, Duration deadline) {
        return new NangoSettings(baseUrl, secretKey, connect, read, deadline);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
