package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;

/** Apache HttpClient's wire and header logs carry the provider's credentials: no level lets them through. */
class WireLogFilterTest {

    @Test
    void theWireAndHeaderLogsReachNoAppenderEvenWithTheRootAtAll() {
        LoggerContext context = new LoggerContext();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.ALL);
        WireLogFilter.install(context);
        WireLogFilter.install(context);

        context.getLogger(WireLogFilter.HEADERS).debug("http-outgoing-0 >> Authorization: Basic a2V5Og==");
        context.getLogger(WireLogFilter.WIRE).debug("http-outgoing-0 >> \"Authorization: Basic a2V5Og==[\\r][\\n]\"");
        context.getLogger(WireLogFilter.WIRE).error("even an error of the wire log");
        context.getLogger("org.apache.hc.client5.http.impl.classic.InternalHttpClient").debug("ex-0000: executing");
        context.getLogger("dev.connect.adapters.stackone.http").debug("POST /connect_sessions");

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("ex-0000: executing", "POST /connect_sessions");
        assertThat(context.getLogger(WireLogFilter.HEADERS).isDebugEnabled()).isFalse();
        assertThat(context.getTurboFilterList()).hasSize(1);
    }
}
