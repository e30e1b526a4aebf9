package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/** connect's Logback configuration in code: its lines and levels, and that a configuration of one's own wins. */
class LogConfiguratorTest {

    @Test
    void linesCarryTimeLevelThreadLoggerRequestIdAndMessage() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the request id as the app's requests put it
        LogConfigurator.apply(context);
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender(LogFormats.TEXT_APPENDER);

        String during;
        try (MDC.MDCCloseable id = MDC.putCloseable("requestId", "req-text-1")) {
            during = line(console, context, "GET /health 200");
        }
        String outside = line(console, context, "connect is running");

        String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d(\\d\\d)?)";
        String thread = "\\[" + java.util.regex.Pattern.quote(Thread.currentThread().getName()) + "\\]";
        assertThat(during).matches(time + " INFO  " + thread + " dev\\.connect\\.access \\[req-text-1\\] - GET /health 200\n");
        assertThat(outside).matches(time + " INFO  " + thread + " dev\\.connect\\.access - connect is running\n");
    }

    @Test
    void theRootLogsInfoAndTheLibrariesOnlyWhatMatters() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.apply(context);

        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.eclipse.jetty.http.HttpParser").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.connect.access").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("dev.connect.adapters.stackone.http").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void aConfigurationOfOnesOwnWins(@TempDir Path classpath) throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
            assertThat(LogConfigurator.anotherConfiguration(bare, null)).isFalse();
            assertThat(LogConfigurator.anotherConfiguration(bare, "/etc/connect/logback.xml")).isTrue();
            Files.writeString(classpath.resolve("logback.xml"), "<configuration/>");
            assertThat(LogConfigurator.anotherConfiguration(bare, null)).isTrue();
        }

        // these tests' own logback-test.xml is on the classpath: Logback's configurator is left to read it
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void theDocumentedExampleFileConfiguresWhatConnectDoes() throws Exception {
        Path example = Path.of("..", "docs", "logback-example.xml");
        LoggerContext fromFile = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromFile);
        joran.doConfigure(example.toFile());
        assertThat(new StatusUtil(fromFile).getHighestLevel(0)).as("problems reading " + example)
                .isLessThan(Status.WARN);
        LoggerContext inCode = new LoggerContext();
        LogConfigurator.apply(inCode);

        for (LoggerContext context : new LoggerContext[] {fromFile, inCode}) {
            var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    .getAppender(LogFormats.TEXT_APPENDER);
            assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LogFormats.TEXT_PATTERN);
        }
        assertThat(levels(fromFile)).isEqualTo(levels(inCode)).containsEntry(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.INFO)
                .hasSize(LogConfigurator.LEVELS.size() + 1);
    }

    /** Every logger given a level of its own, by name. */
    private static Map<String, Level> levels(LoggerContext context) {
        return context.getLoggerList().stream().filter(logger -> logger.getLevel() != null)
                .collect(Collectors.toMap(ch.qos.logback.classic.Logger::getName, ch.qos.logback.classic.Logger::getLevel));
    }

    private static String line(OutputStreamAppender<ILoggingEvent> console, LoggerContext context, String message) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.connect.access"), Level.INFO, message,
                null, null);
        event.prepareForDeferredProcessing();
        return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
