package dev.connect.adapters.stackone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.connect.provider.http.ProviderCalls;
import dev.connect.provider.http.ProviderFeign;
import dev.connect.provider.http.ProviderMetrics;
import dev.connect.provider.http.ProviderName;
import feign.Feign;
import feign.RequestInterceptor;
import feign.auth.BasicAuthRequestInterceptor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The configured Feign client for StackOne (the shared deadline, retries, measurements and redacted log of
 * {@link ProviderFeign}, with HTTP Basic auth), and the one place where whatever escapes Feign becomes a domain failure.
 */
final class StackOneClient {

    static final ProviderName PROVIDER = new ProviderName("StackOne", "API key", "CONNECT_STACKONE_API_KEY");
    /** Set to DEBUG to log every StackOne call: request lines, statuses, timings, headers but Authorization. */
    static final String HTTP_LOGGER = "dev.connect.adapters.stackone.http";

    private final StackOneApi api;

    private StackOneClient(StackOneApi api) {
        this.api = api;
    }

    static StackOneClient create(StackOneSettings settings, Clock clock) {
        return create(settings, clock, Optional.empty());
    }

    /** A client whose every attempt first waits for its turn at the pacer. */
    static StackOneClient create(StackOneSettings settings, Clock clock, Optional<RequestInterceptor> pacer) {
        return create(settings, clock, pacer, ProviderMetrics.unrecorded(PROVIDER.key()),
                pacer.isPresent() ? ProviderMetrics.BACKGROUND : ProviderMetrics.INTERACTIVE);
    }

    /** A client whose attempts are measured as {@code clientName}'s, with retries within the call deadline. */
    static StackOneClient create(StackOneSettings settings, Clock clock, Optional<RequestInterceptor> pacer,
                                 ProviderMetrics metrics, String clientName) {
        ObjectMapper json = json();
        Feign.Builder builder = ProviderFeign.builder(PROVIDER, json,
                new StackOneErrorDecoder(json, settings.apiKey(), clock), settings.connectTimeout(),
                settings.readTimeout(), settings.callDeadline(), HTTP_LOGGER, metrics, clientName);
        pacer.ifPresent(builder::requestInterceptor);
        return target(builder, settings);
    }

    /** A client for the readiness check: one attempt, no retries, at most 5 s for an answer. */
    static StackOneClient probe(StackOneSettings settings, Clock clock, ProviderMetrics metrics) {
        ObjectMapper json = json();
        return target(ProviderFeign.probe(PROVIDER, json, new StackOneErrorDecoder(json, settings.apiKey(), clock),
                settings.connectTimeout(), settings.readTimeout(), HTTP_LOGGER, metrics), settings);
    }

    private static ObjectMapper json() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static StackOneClient target(Feign.Builder builder, StackOneSettings settings) {
        StackOneApi api = builder
                .requestInterceptor(new BasicAuthRequestInterceptor(settings.apiKey().value(), "",
                        StandardCharsets.UTF_8))
                .target(StackOneApi.class, ProviderFeign.target(settings.baseUrl()));
        return new StackOneClient(api);
    }

    /** Runs one call; the domain's failures pass through, anything else of Feign's is reported as unavailable. */
    <T> T call(Function<StackOneApi, T> request) {
        return ProviderCalls.call(PROVIDER, () -> request.apply(api));
    }

    static <T> T requirePresent(T value, Supplier<String> what) {
        return ProviderCalls.requirePresent(PROVIDER, value, what);
    }
}
