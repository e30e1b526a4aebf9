package dev.connect.adapters.stackone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request log, at DEBUG on {@code dev.connect.adapters.stackone.http}: request lines, statuses, timings and
 * headers, never the {@code Authorization} header (it carries the API key) and never bodies (they carry tokens).
 */
final class RedactingSlf4jLogger extends feign.Logger {

    static final String LOGGER_NAME = "dev.connect.adapters.stackone.http";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !"authorization".equalsIgnoreCase(header) && !"proxy-authorization".equalsIgnoreCase(header);
    }

    @Override
    protected boolean shouldLogResponseHeader(String header) {
        return !"set-cookie".equalsIgnoreCase(header);
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(methodTag(configKey) + String.format(format, args));
        }
    }
}
