package dev.connect.adapters.nango;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.provider.http.ProviderCalls;
import dev.connect.provider.http.ProviderFeign;
import dev.connect.provider.http.ProviderMetrics;
import dev.connect.provider.http.ProviderName;
import feign.Feign;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The configured Feign client for Nango: the shared deadline, retries, measurements and redacted log of
 * {@link ProviderFeign}, with the secret key as a bearer token; the one place where whatever escapes Feign becomes a
 * domain failure.
 */
final class NangoClient {

    static final ProviderName PROVIDER = new ProviderName("Nango", "secret key", "CONNECT_NANGO_SECRET_KEY");
    /** Set to DEBUG to log every Nango call: request lines, statuses, timings, headers but Authorization. */
    static final String HTTP_LOGGER = "dev.connect.adapters.nango.http";

    private final NangoApi api;

    private NangoClient(NangoApi api) {
        this.api = api;
    }

    static NangoClient create(NangoSettings settings, Clock clock) {
        return create(settings, clock, ProviderMetrics.unrecorded(PROVIDER.key()));
    }

    /** A client whose attempts are measured as calls a user waits for (Nango's work is never paced). */
    static NangoClient create(NangoSettings settings, Clock clock, ProviderMetrics metrics) {
        ObjectMapper json = json();
        return target(ProviderFeign.builder(PROVIDER, json, new NangoErrorDecoder(json, settings.secretKey(), clock),
                settings.connectTimeout(), settings.readTimeout(), settings.callDeadline(), HTTP_LOGGER, metrics,
                ProviderMetrics.INTERACTIVE), settings);
    }

    /** A client for the readiness check: one attempt, no retries, at most 5 s for an answer. */
    static NangoClient probe(NangoSettings settings, Clock clock, ProviderMetrics metrics) {
        ObjectMapper json = json();
        return target(ProviderFeign.probe(PROVIDER, json, new NangoErrorDecoder(json, settings.secretKey(), clock),
                settings.connectTimeout(), settings.readTimeout(), HTTP_LOGGER, metrics), settings);
    }

    private static ObjectMapper json() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static NangoClient target(Feign.Builder builder, NangoSettings settings) {
        String bearer = "Bearer " + settings.secretKey().value();
        NangoApi api = builder
                .requestInterceptor(template -> template.header("Authorization", bearer))
                .target(NangoApi.class, ProviderFeign.target(settings.baseUrl()));
        return new NangoClient(api);
    }

    <T> T call(Function<NangoApi, T> request) {
        return ProviderCalls.call(PROVIDER, () -> request.apply(api));
    }

    void run(java.util.function.Consumer<NangoApi> request) {
        ProviderCalls.call(PROVIDER, () -> {
            request.accept(api);
            return null;
        });
    }

    static <T> T requirePresent(T value, Supplier<String> what) {
        return ProviderCalls.requirePresent(PROVIDER, value, what);
    }
}
