package dev.connect.app;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * connect's Logback configuration, which Logback finds as a service when the JVM first logs: readable lines on the
 * console ({@link LogFormats#TEXT_PATTERN}), {@code INFO}, and the libraries' chatter turned down ({@link #LEVELS}).
 * In code rather than in a {@code logback.xml}: reading one (Logback's XML parser and its model) took about 100 ms of
 * every start-up.
 *
 * <p>A configuration of one's own still wins, read by Logback as usual: a file given with
 * {@code -Dlogback.configurationFile=…}, or a {@code logback.xml} or {@code logback-test.xml} on the classpath (an
 * embedding application's, the tests').
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    /** The loggers whose level differs from the root's {@code INFO}. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            // the parser warns about malformed requests with the client's own bytes: answered as problems, not logged
            "org.eclipse.jetty.http.HttpParser", Level.ERROR,
            "io.javalin", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogConfigurator.class.getClassLoader();
        if (anotherConfiguration(loader, System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether a configuration file was given, or one is on the classpath, for Logback's own configurator to read. */
    static boolean anotherConfiguration(ClassLoader loader, String configurationFileProperty) {
        return configurationFileProperty != null
                || loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null
                || loader.getResource(ClassicConstants.AUTOCONFIG_FILE) != null;
    }

    /** The text lines on the console as {@link LogFormats#TEXT_APPENDER}, the root at {@code INFO}, {@link #LEVELS}. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(LogFormats.TEXT_PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(LogFormats.TEXT_APPENDER);
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
