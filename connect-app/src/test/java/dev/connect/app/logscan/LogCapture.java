package dev.connect.app.logscan;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A Logback appender (configured in {@code logback-test.xml} on the root logger, at every level connect's code logs)
 * that writes each event as text to {@link #FILE}: level, logger, MDC, message, key-value pairs and stack trace, i.e.
 * everything any appender in production could write. The file is started afresh in each test JVM, so that it holds
 * exactly what this module's tests logged.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> {

    public static final Path FILE = Paths.get("target", "e2e-log-capture.txt").toAbsolutePath();

    private BufferedWriter out;

    @Override
    public void start() {
        try {
            Files.createDirectories(FILE.getParent());
            out = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        super.start();
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        try {
            out.write(event.getLevel() + " " + event.getLoggerName() + " " + event.getMDCPropertyMap() + " "
                    + event.getFormattedMessage());
            if (event.getKeyValuePairs() != null) {
                out.write(" " + event.getKeyValuePairs());
            }
            if (event.getThrowableProxy() != null) {
                out.write("\n" + ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            out.write("\n");
            out.flush();
        } catch (IOException unwritable) {
            addError("could not capture a log event", unwritable);
        }
    }

    @Override
    public synchronized void stop() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the capture ends with the JVM
        }
        super.stop();
    }

    /** Everything captured so far. */
    public static String text() {
        try {
            return Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
