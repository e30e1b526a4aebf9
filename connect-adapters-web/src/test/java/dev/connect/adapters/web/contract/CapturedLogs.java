package dev.connect.adapters.web.contract;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Everything logged at every level while a piece of code runs, messages and stack traces, as one text. */
public final class CapturedLogs {

    private CapturedLogs() {
    }

    public static String during(Runnable work) {
        return events(work).stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    /** Every event logged at every level while {@code work} runs, with its MDC. */
    public static java.util.List<ILoggingEvent> events(Runnable work) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing(); // the MDC is read now, on the thread that logged
                super.append(event);
            }
        };
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        try {
            work.run();
        } finally {
            root.detachAppender(captured);
            root.setLevel(previous);
        }
        return java.util.List.copyOf(captured.list);
    }
}
