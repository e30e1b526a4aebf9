package dev.connect.adapters.web.contract;

import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP contract of connect's API, for any server binding: every route, status, header, problem body, body limit,
 * unknown route and wrong method, over real HTTP, with fake use cases behind the real endpoints. A binding's test class
 * extends this and names the binding; nothing else. Each part of the contract is an interface of its own.
 *
 * <p>One server serves the whole class; the use cases are reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpContract implements ConnectSessionsContract, StackOneWebhookContract, HealthContract,
        RoutingContract, SecretsNeverLoggedContract {

    private final FakeUseCases useCases = new FakeUseCases();
    private HttpServerHandle server;
    private WebClient client;

    /** The binding under test. */
    protected abstract HttpServerBinding binding();

    @BeforeAll
    final void startServer() {
        server = ConnectWebServer.start(binding(), "127.0.0.1", 0, useCases.dependencies(), Clock.systemUTC());
        client = new WebClient(server.port());
    }

    @AfterAll
    final void stopServer() {
        server.close();
    }

    @BeforeEach
    final void resetUseCases() {
        useCases.reset();
    }

    @Override
    public final WebClient client() {
        return client;
    }

    @Override
    public final FakeUseCases useCases() {
        return useCases;
    }
}
