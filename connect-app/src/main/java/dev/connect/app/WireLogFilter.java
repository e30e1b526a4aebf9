package dev.connect.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps Apache HttpClient's wire and header logs out of every appender, whatever the levels say: at DEBUG they write
 * each call to the linking provider as sent, its {@code Authorization} header (the API key) and its bodies (session
 * tokens) included. A filter on Logback's context rather than a level, so that neither a root turned to DEBUG nor a
 * configuration file of one's own can turn them on.
 */
final class WireLogFilter extends TurboFilter {

    static final String WIRE = "org.apache.hc.client5.http.wire";
    static final String HEADERS = "org.apache.hc.client5.http.headers";

    /** On the Logback context SLF4J logs to, once; nothing with another SLF4J binding, which is configured as it is. */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            install(context);
        }
    }

    static void install(LoggerContext context) {
        synchronized (context) {
            if (context.getTurboFilterList().stream().noneMatch(WireLogFilter.class::isInstance)) {
                WireLogFilter filter = new WireLogFilter();
                filter.setContext(context);
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        String name = logger.getName();
        return name.startsWith(WIRE) || name.startsWith(HEADERS) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
