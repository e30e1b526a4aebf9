package dev.connect.adapters.web;

import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.time.Clock;
import java.util.List;

/**
 * The real web server on a free loopback port, with fake use cases: each test sets the ones it exercises, and every
 * other one fails the test if it is called.
 */
final class TestServer {

    private CreateConnectSessionUseCase createConnectSession = command -> {
        throw new AssertionError("no connect session expected in this test");
    };
    private ReceiveAccountEventUseCase receiveAccountEvent = command -> {
        throw new AssertionError("no webhook expected in this test");
    };
    private CheckHealthUseCase checkHealth = () -> new HealthReport(List.of(DependencyHealth.up("storage")));
    private CallerAuthenticator callers = new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET));

    static TestServer with() {
        return new TestServer();
    }

    TestServer createConnectSession(CreateConnectSessionUseCase useCase) {
        this.createConnectSession = useCase;
        return this;
    }

    TestServer receiveAccountEvent(ReceiveAccountEventUseCase useCase) {
        this.receiveAccountEvent = useCase;
        return this;
    }

    TestServer checkHealth(CheckHealthUseCase useCase) {
        this.checkHealth = useCase;
        return this;
    }

    TestServer callers(CallerAuthenticator authenticator) {
        this.callers = authenticator;
        return this;
    }

    HttpServerHandle start() {
        return ConnectWebServer.start("127.0.0.1", 0, new ConnectWebServer.Dependencies(createConnectSession, callers,
                receiveAccountEvent, checkHealth), Clock.systemUTC());
    }
}
