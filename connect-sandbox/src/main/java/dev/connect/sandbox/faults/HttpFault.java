package dev.connect.sandbox.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A misbehaviour of the sandbox's API for the next {@code times} requests matching {@code method} (or {@code *})
 * and {@code pathPattern} (a glob where {@code *} matches any characters, including {@code /}; e.g.
 * {@code /accounts*}); a pattern with {@code ?} is matched against the path and the query string, e.g.
 * {@code /accounts?page=2&*} for the second page of a listing. Applies to the REST and Hub APIs and pages, never to
 * {@code /_sandbox/}.
 * <ul>
 *   <li>{@link Kind#STATUS}: answer {@code status} with StackOne's error body, and {@code Retry-After} when
 *       {@code retryAfterSeconds} is set;</li>
 *   <li>{@link Kind#SLOW}: wait {@code delay}, then answer normally;</li>
 *   <li>{@link Kind#DROP}: close the connection without answering.</li>
 * </ul>
 */
public record HttpFault(String method, String pathPattern, Kind kind, int status, Integer retryAfterSeconds,
        Duration delay, int times) {

    /** What goes wrong. */
    public enum Kind {
        STATUS, SLOW, DROP;

        public static Kind parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    public HttpFault {
        method = method == null || method.isBlank() ? "*" : method.trim().toUpperCase(Locale.ROOT);
        pathPattern = pathPattern == null || pathPattern.isBlank() ? "*" : pathPattern.trim();
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be a 4xx or 5xx code");
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }

    /** 429 with {@code Retry-After}, like StackOne's rate limit. */
    public static HttpFault tooManyRequests(String method, String pathPattern, int retryAfterSeconds, int times) {
        return new HttpFault(method, pathPattern, Kind.STATUS, 429, retryAfterSeconds, null, times);
    }

    /** 408 with {@code Retry-After}, like StackOne's own request timeout. */
    public static HttpFault requestTimeout(String method, String pathPattern, int retryAfterSeconds, int times) {
        return new HttpFault(method, pathPattern, Kind.STATUS, 408, retryAfterSeconds, null, times);
    }

    /** Any 4xx/5xx, e.g. 500, 502 or 503, without {@code Retry-After}. */
    public static HttpFault status(String method, String pathPattern, int status, int times) {
        return new HttpFault(method, pathPattern, Kind.STATUS, status, null, null, times);
    }

    public static HttpFault slow(String method, String pathPattern, Duration delay, int times) {
        return new HttpFault(method, pathPattern, Kind.SLOW, 0, null, delay, times);
    }

    public static HttpFault dropConnection(String method, String pathPattern, int times) {
        return new HttpFault(method, pathPattern, Kind.DROP, 0, null, null, times);
    }

    /** Whether a request with this method and path is one this fault is meant for. */
    /**
     * @param requestTarget the path, with {@code ?} and the query string when the request has one; a pattern with a
     *                      {@code ?} is matched against all of it (e.g. {@code /accounts?page=2&*}), any other
     *                      against the path alone
     */
    public boolean matches(String requestMethod, String requestTarget) {
        boolean methodMatches = method.equals("*") || method.equalsIgnoreCase(requestMethod);
        String subject = pathPattern.contains("?") ? requestTarget : requestTarget.split("\\?", 2)[0];
        return methodMatches && globToRegex(pathPattern).matcher(subject).matches();
    }

    private static Pattern globToRegex(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }
}
