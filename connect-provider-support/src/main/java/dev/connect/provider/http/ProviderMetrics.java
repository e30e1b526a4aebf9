package dev.connect.provider.http;

import feign.Client;
import feign.Request;
import feign.Response;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What connect asks of a linking provider, measured per attempt, the same for every provider:
 * {@code connect.provider.requests} (a timer with a latency histogram) by provider ({@code stackone}, {@code nango}),
 * operation (the client method, e.g. {@code listAccounts}), status ({@code 200}, {@code 429}, …, or {@code io_error}
 * when no answer came) and client ({@value #INTERACTIVE} for calls a user waits for, {@value #BACKGROUND} for
 * reconciliation, {@value #PROBE} for readiness); and {@code connect.provider.retries} by provider and operation, the
 * attempts beyond each call's first. Through Micrometer's facade: the registry is the composition root's choice.
 */
public final class ProviderMetrics {

    public static final String REQUESTS = "connect.provider.requests";
    public static final String RETRIES = "connect.provider.retries";
    /** Calls a user waits for. */
    public static final String INTERACTIVE = "interactive";
    /** Calls of background work (reconciliation). */
    public static final String BACKGROUND = "background";
    /** The readiness check's calls. */
    public static final String PROBE = "probe";

    private final MeterRegistry registry;
    private final String provider;

    /** @param provider the provider's tag value, e.g. {@code stackone}: a handful of values, never a setting */
    public ProviderMetrics(MeterRegistry registry, String provider) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** Measurements kept nowhere anyone reads: for adapters built without a registry (tests, embedders). */
    public static ProviderMetrics unrecorded(String provider) {
        return new ProviderMetrics(new SimpleMeterRegistry(), provider);
    }

    /** Feign's HTTP client, each exchange timed as {@code clientName}'s. */
    public Client timed(Client client, String clientName) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clientName, "clientName");
        return (request, options) -> {
            long started = System.nanoTime();
            String status = "io_error";
            try {
                Response response = client.execute(request, options);
                status = Integer.toString(response.status());
                return response;
            } finally {
                Timer.builder(REQUESTS).description("requests to the linking provider, per attempt")
                        .tag("provider", provider).tag("operation", operation(request)).tag("status", status)
                        .tag("client", clientName)
                        .publishPercentileHistogram().register(registry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** Counts one attempt about to be repeated: a {@link DeadlineRetryer}'s {@code onRetry}. */
    public void retried(Request request) {
        Counter.builder(RETRIES).description("attempts beyond each call's first")
                .tag("provider", provider).tag("operation", operation(request))
                .register(registry).increment();
    }

    /** The client method's name: a handful of values, never an id from the path. */
    static String operation(Request request) {
        if (request == null || request.requestTemplate() == null || request.requestTemplate().methodMetadata() == null) {
            return "unknown";
        }
        return request.requestTemplate().methodMetadata().method().getName();
    }
}
