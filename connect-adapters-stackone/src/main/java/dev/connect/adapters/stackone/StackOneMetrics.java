package dev.connect.adapters.stackone;

import feign.Client;
import feign.Request;
import feign.Response;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What connect asks of StackOne, measured per attempt: {@code connect.stackone.requests} (a timer with a latency
 * histogram) by operation (the client method, e.g. {@code listAccounts}), status ({@code 200}, {@code 429}, …, or
 * {@code io_error} when no answer came) and client ({@code interactive} for calls a user waits for, {@code background}
 * for reconciliation, {@code probe} for readiness); and {@code connect.stackone.retries} by operation, the attempts
 * beyond each call's first.
 */
final class StackOneMetrics {

    static final String REQUESTS = "connect.stackone.requests";
    static final String RETRIES = "connect.stackone.retries";

    private final MeterRegistry registry;

    StackOneMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Feign's HTTP client, each exchange timed. */
    Client timed(Client client, String clientName) {
        return (request, options) -> {
            long started = System.nanoTime();
            String status = "io_error";
            try {
                Response response = client.execute(request, options);
                status = Integer.toString(response.status());
                return response;
            } finally {
                Timer.builder(REQUESTS).description("requests to StackOne, per attempt")
                        .tag("operation", operation(request)).tag("status", status).tag("client", clientName)
                        .publishPercentileHistogram().register(registry)
                        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
    }

    void retried(Request request) {
        Counter.builder(RETRIES).description("attempts beyond each call's first").tag("operation", operation(request))
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
