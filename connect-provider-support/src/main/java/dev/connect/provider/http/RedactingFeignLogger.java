package dev.connect.provider.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request log, at DEBUG on the logger an adapter names: request lines, statuses, timings and headers, never
 * the {@code Authorization} header (it carries the provider's key) and never bodies (they carry session tokens).
 */
public final class RedactingFeignLogger extends feign.Logger {

    private final Logger log;

    public RedactingFeignLogger(String loggerName) {
        this.log = LoggerFactory.getLogger(loggerName);
    }

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
        if (log.isDebugEnabled()) {
            log.debug(methodTag(configKey) + String.format(format, args));
        }
    }
}
