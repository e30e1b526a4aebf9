package dev.connect.adapters.stackone;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach StackOne.
 *
 * @param baseUrl        e.g. {@code https://api.stackone.com}; the sandbox and regional hosts use others
 * @param connectTimeout for one connection attempt
 * @param readTimeout    for one answer
 * @param callDeadline   for a whole call, retries included: no call takes longer than this plus one attempt
 */
public record StackOneSettings(URI baseUrl, StackOneApiKey apiKey, Duration connectTimeout, Duration readTimeout,
                               Duration callDeadline) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.stackone.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(10);

    public StackOneSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callDeadline, "callDeadline");
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL");
        }
    }

    public static StackOneSettings defaults(StackOneApiKey apiKey) {
        return new StackOneSettings(DEFAULT_BASE_URL, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_CALL_DEADLINE);
    }

    public StackOneSettings withBaseUrl(URI url) {
        return new StackOneSettings(url, apiKey, connectTimeout, readTimeout, callDeadline);
    }

    public StackOneSettings withTimeouts(Duration connect, Duration read, Duration deadline) {
        return new StackOneSettings(baseUrl, apiKey, connect, read, deadline);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
