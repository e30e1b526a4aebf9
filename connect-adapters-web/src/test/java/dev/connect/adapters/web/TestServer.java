package dev.connect.adapters.web;

import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private ListLinkedAccountsUseCase listAccounts = query -> {
        throw new AssertionError("no listing expected in this test");
    };
    private FindLinkedAccountUseCase findAccount = query -> {
        throw new AssertionError("no account read expected in this test");
    };
    private CheckLinkedAccountUseCase checkAccount = command -> {
        throw new AssertionError("no health check expected in this test");
    };
    private DisconnectLinkedAccountUseCase disconnectAccount = command -> {
        throw new AssertionError("no disconnect expected in this test");
    };
    private ReconcileLinkedAccountsUseCase reconcile = () -> {
        throw new AssertionError("no reconciliation expected in this test");
    };
    private OperatorAuthenticator operators = OperatorAuthenticator.of(Optional.empty());

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

    TestServer listAccounts(ListLinkedAccountsUseCase useCase) {
        this.listAccounts = useCase;
        return this;
    }

    TestServer findAccount(FindLinkedAccountUseCase useCase) {
        this.findAccount = useCase;
        return this;
    }

    TestServer checkAccount(CheckLinkedAccountUseCase useCase) {
        this.checkAccount = useCase;
        return this;
    }

    TestServer disconnectAccount(DisconnectLinkedAccountUseCase useCase) {
        this.disconnectAccount = useCase;
        return this;
    }

    TestServer reconcile(ReconcileLinkedAccountsUseCase useCase) {
        this.reconcile = useCase;
        return this;
    }

    TestServer operatorKey(String key) {
        this.operators = OperatorAuthenticator.of(Optional.of(new OperatorApiKey(key)));
        return this;
    }

    ConnectWebServer.Dependencies dependencies() {
        return new ConnectWebServer.Dependencies(createConnectSession, callers, receiveAccountEvent, checkHealth,
                new AccountsEndpoint.UseCases(listAccounts, findAccount, checkAccount, disconnectAccount), reconcile,
                operators);
    }

    HttpServerHandle start() {
        return ConnectWebServer.start("127.0.0.1", 0, dependencies(), Clock.systemUTC());
    }
}
