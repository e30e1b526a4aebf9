package dev.connect.adapters.web.contract;

import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.WebOptions;
import dev.connect.adapters.web.http.CorsPolicy;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.metrics.MetricsAccess;
import dev.connect.adapters.web.metrics.MetricsExposition;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What each contract suite runs against: connect's API on the binding a test class names, one server for the whole
 * class on a free loopback port, with fake use cases behind the real endpoints, reset before each test. Its metrics go
 * to an in-memory registry the tests read, {@code GET /metrics} serves a fixed exposition, and pages of
 * {@link #ALLOWED_ORIGIN} may call it from a browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BindingUnderTest {

    /** The one origin whose pages may call the API under test. */
    public static final String ALLOWED_ORIGIN = "https://app.example.test";
    /** What {@code GET /metrics} serves. */
    public static final String EXPOSITION = "# TYPE contract_up gauge\ncontract_up 1\n";

    private final FakeUseCases useCases = new FakeUseCases();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private HttpServerHandle server;

    /** The binding under test. */
    protected abstract HttpServerBinding binding();

    @BeforeAll
    final void startServer() {
        WebOptions options = new WebOptions(meters, CorsPolicy.allowing(Set.of(ALLOWED_ORIGIN)),
                Optional.of(MetricsExposition.of(MetricsExposition.PROMETHEUS_TEXT, () -> EXPOSITION)),
                MetricsAccess.OPEN);
        server = ConnectWebServer.start(binding(), "127.0.0.1", 0, useCases.dependencies(), options,
                Clock.systemUTC());
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

    /** Where the API under test records its metrics. */
    public final SimpleMeterRegistry meters() {
        return meters;
    }

    protected final int port() {
        return server.port();
    }
}
