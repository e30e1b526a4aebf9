package dev.connect.adapters.web.http;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of each request: the caller's {@code X-Request-Id} when it is a plausible id (1 to {@value #MAX_LENGTH}
 * characters of letters, digits and {@code -._:}, so it can go into a header, a log line and JSON as it is), otherwise a
 * random UUID. An unusable id is replaced rather than refused: a tracing header never costs a caller its request.
 */
public final class RequestIds {

    /** The header that carries it, both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The key under which it is in SLF4J's MDC while the request is answered, so that every log line carries it. */
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 128;

    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The id for a request with these header fields (names in any case). */
    static String of(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> field : headers.entrySet()) {
            if (field.getKey().equalsIgnoreCase(HEADER) && field.getValue().size() == 1
                    && PLAUSIBLE.matcher(field.getValue().get(0)).matches()) {
                return field.getValue().get(0);
            }
        }
        return generated();
    }

    static String generated() {
        return UUID.randomUUID().toString();
    }
}
