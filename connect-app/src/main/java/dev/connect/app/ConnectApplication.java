package dev.connect.app;

import dev.connect.adapters.stackone.StackOneAdapters;
import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.service.CreateConnectSessionService;
import java.time.Clock;

/** The composition root: every part built with {@code new}, in dependency order, and nothing else. */
public final class ConnectApplication implements AutoCloseable {

    private final HttpServerHandle http;

    private ConnectApplication(HttpServerHandle http) {
        this.http = http;
    }

    public static ConnectApplication start(ConnectSettings settings, Clock clock) {
        StackOneAdapters stackOne = StackOneAdapters.create(settings.stackOne(), clock);
        var createConnectSession = new CreateConnectSessionService(stackOne.connectSessions(),
                stackOne.accountDirectory(), settings.policy());
        var callers = new JwtCallerAuthenticator(settings.callers());
        HttpServerHandle http = ConnectWebServer.start(settings.httpHost(), settings.httpPort(),
                new ConnectWebServer.Dependencies(createConnectSession, callers), clock);
        return new ConnectApplication(http);
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
    }
}
