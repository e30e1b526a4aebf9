package dev.connect.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * The console's log line formats, and the switch to the configured one. {@link LogConfigurator} starts with readable
 * text lines ({@link #TEXT_PATTERN}, with the request id); {@code CONNECT_LOG_FORMAT=json} replaces them with one JSON
 * object per line (logstash-logback-encoder: {@code @timestamp}, {@code level}, {@code logger_name},
 * {@code thread_name}, {@code message}, the MDC's {@code requestId}, an access line's {@code method}, {@code path},
 * {@code status}, {@code durationMs}, {@code bytes}, and {@code stack_trace}), for a log shipper. Chosen after the
 * settings are read, so that the properties file may set it too; the few lines before are text.
 */
final class LogFormats {

    static final String TEXT_APPENDER = "CONSOLE";
    /** Time, level, thread, logger, {@code [request id]} while a request is answered, message. */
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level [%thread] %logger{36}"
            + "%replace( [%X{requestId}]){' \\[\\]', ''} - %msg%n";
    static final String JSON_APPENDER = "JSON";

    private LogFormats() {
    }

    static void apply(OperationsOptions.LogFormat format) {
        if (format == OperationsOptions.LogFormat.TEXT
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // text is the configured format already; another SLF4J binding formats as it is configured
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(JSON_APPENDER) != null) {
            return;
        }
        ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
        json.setContext(context);
        json.setName(JSON_APPENDER);
        json.setEncoder(jsonEncoder(context));
        json.start();
        root.addAppender(json);
        root.detachAppender(TEXT_APPENDER);
    }

    static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }
}
