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
 * What each contract suite runs against: connect's API on the binding a test class names, one server for the whole
 * class on a free loopback port, with fake use cases behind the real endpoints, reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BindingUnderTest {

    private final FakeUseCases useCases = new FakeUseCases();
    private HttpServerHandle server;

    /** The binding under test. */
    protected abstract HttpServerBinding binding();

    @BeforeAll
    final void startServer() {
        server = ConnectWebServer.start(binding(), "127.0.0.1", 0, useCases.dependencies(), Clock.systemUTC());
    }

    @AfterAll
    final void stopServer() {
        server.close();
    }

    @BeforeEach
    final void resetUseCases() {
        useCases.reset();
    }

    public final FakeUseCases useCases() {
        return useCases;
    }

    protected final int port() {
        return server.port();
    }
}
