package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.KeyValuePair;

/** {@code CONNECT_LOG_FORMAT=json}: one JSON object per line, with the request id and an access line's fields. */
class LogFormatsTest {

    @Test
    void anEventIsOneJsonLineWithTheRequestIdAndItsKeyValues() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Encoder<ILoggingEvent> encoder = LogFormats.jsonEncoder(context);
        LoggingEvent event;
        try (MDC.MDCCloseable id = MDC.putCloseable("requestId", "req-json-1")) {
            event = new LoggingEvent("test", context.getLogger("dev.connect.access"), Level.INFO,
                    "{} {} {}", null, new Object[] {"GET", "/health/ready", 200});
            event.setKeyValuePairs(List.of(new KeyValuePair("status", 200), new KeyValuePair("path", "/health/ready")));
            event.prepareForDeferredProcessing();
        }

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("GET /health/ready 200");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("logger_name").asText()).isEqualTo("dev.connect.access");
        assertThat(json.get("requestId").asText()).isEqualTo("req-json-1");
        assertThat(json.get("status").asInt()).isEqualTo(200);
        assertThat(json.has("@timestamp")).isTrue();
    }

    @Test
    void textIsLogbackXmlsOwnFormatAndJsonReplacesItsAppender() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        LogFormats.apply(OperationsOptions.LogFormat.TEXT);
        assertThat(root.getAppender(LogFormats.JSON_APPENDER)).isNull();

        var text = root.getAppender(LogFormats.TEXT_APPENDER);
        try {
            LogFormats.apply(OperationsOptions.LogFormat.JSON);
            assertThat(root.getAppender(LogFormats.JSON_APPENDER)).isNotNull();
            assertThat(root.getAppender(LogFormats.TEXT_APPENDER)).isNull();
        } finally {
            var json = root.getAppender(LogFormats.JSON_APPENDER);
            root.detachAppender(json);
            json.stop();
            root.addAppender(text);
        }
    }
}
