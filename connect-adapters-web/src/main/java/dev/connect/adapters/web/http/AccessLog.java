package dev.connect.adapters.web.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per answered request on the logger {@value #LOGGER} at INFO: method, path (as sent, without the query,
 * which may carry values a caller considers private; the route's pattern where the path carries a secret, see
 * {@link HttpRoute#secretPath()}), status, time taken and body size; the request id is in the
 * line's MDC. Turn the logger to WARN to silence it.
 */
final class AccessLog {

    static final String LOGGER = "dev.connect.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_PATH_CHARS = 256;

    private AccessLog() {
    }

    static void answered(String method, String path, int status, long nanos, int bodyBytes) {
        if (LOG.isInfoEnabled()) {
            LOG.atInfo()
                    .addKeyValue("method", printable(method))
                    .addKeyValue("path", printable(path))
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", nanos / 1_000_000)
                    .addKeyValue("bytes", bodyBytes)
                    .log("{} {} {} {}ms {}B", printable(method), printable(path), status, nanos / 1_000_000,
                            bodyBytes);
        }
    }

    /** Bounded, and without control characters or anything else that could forge a log line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_PATH_CHARS + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_PATH_CHARS; i++) {
            char c = text.charAt(i);
            out.append(c > ' ' && c < 0x7f ? c : '?');
        }
        return text.length() > MAX_PATH_CHARS ? out + "…" : out.toString();
    }
}
