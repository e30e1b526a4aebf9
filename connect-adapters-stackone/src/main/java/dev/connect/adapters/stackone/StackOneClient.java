package dev.connect.adapters.stackone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.auth.BasicAuthRequestInterceptor;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configured Feign client for StackOne, and the one place where whatever escapes Feign becomes a domain failure.
 */
final class StackOneClient {

    /** The readiness check waits at most this long for StackOne's answer (after connecting). */
    static final java.time.Duration PROBE_READ_TIMEOUT = java.time.Duration.ofSeconds(5);

    private final StackOneApi api;

    private StackOneClient(StackOneApi api) {
        this.api = api;
    }

    static StackOneClient create(StackOneSettings settings, Clock clock) {
        return create(settings, clock, Optional.empty());
    }

    /** A client whose every attempt first waits for its turn at the pacer. */
    static StackOneClient create(StackOneSettings settings, Clock clock, Optional<RequestInterceptor> pacer) {
        StackOneMetrics unrecorded = new StackOneMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        return create(settings, clock, pacer, unrecorded, pacer.isPresent() ? "background" : "interactive");
    }

    /**
     * A client whose attempts are measured as {@code clientName}'s, with retries within the call deadline.
     */
    static StackOneClient create(StackOneSettings settings, Clock clock, Optional<RequestInterceptor> pacer,
                                 StackOneMetrics metrics, String clientName) {
        return create(settings, clock, pacer, metrics, clientName,
                new DeadlineRetryer(settings.callDeadline(), retrying -> metrics.retried(retrying.request())));
    }

    /** A client for the readiness check: one attempt, no retries, at most 5 s for an answer. */
    static StackOneClient probe(StackOneSettings settings, Clock clock, StackOneMetrics metrics) {
        StackOneSettings quick = settings.withTimeouts(settings.connectTimeout(),
                settings.readTimeout().compareTo(PROBE_READ_TIMEOUT) < 0 ? settings.readTimeout() : PROBE_READ_TIMEOUT,
                settings.callDeadline());
        return create(quick, clock, Optional.empty(), metrics, "probe", feign.Retryer.NEVER_RETRY);
    }

    private static StackOneClient create(StackOneSettings settings, Clock clock, Optional<RequestInterceptor> pacer,
                                         StackOneMetrics metrics, String clientName, feign.Retryer retryer) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Feign.Builder builder = Feign.builder();
        pacer.ifPresent(builder::requestInterceptor);
        StackOneApi api = builder
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .errorDecoder(new StackOneErrorDecoder(json, settings.apiKey(), clock))
                .client(metrics.timed(new feign.Client.Default(null, null), clientName))
                .retryer(retryer)
                .requestInterceptor(new BasicAuthRequestInterceptor(settings.apiKey().value(), "",
                        StandardCharsets.UTF_8))
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .logger(new RedactingSlf4jLogger())
                .logLevel(Logger.Level.HEADERS)
                .target(StackOneApi.class, withoutTrailingSlash(settings.baseUrl().toString()));
        return new StackOneClient(api);
    }

    /** Runs one call; the domain's failures pass through, anything else of Feign's is reported as unavailable. */
    <T> T call(java.util.function.Function<StackOneApi, T> request) {
        try {
            return request.apply(api);
        } catch (ConnectException failure) {
            throw failure;
        } catch (feign.RetryableException notRetried) {
            // a client without retries (the readiness probe) gets the decoded answer as it is
            if (notRetried.getCause() instanceof ConnectException failure) {
                throw failure;
            }
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, "StackOne could not be reached", null, null);
        } catch (FeignException unexpected) {
            // e.g. a 2xx body that is not the JSON StackOne documents: the message may quote the body, so drop it
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "StackOne answered with something that is not its documented response", null, null);
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static <T> T requirePresent(T value, Supplier<String> what) {
        if (value == null) {
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, "StackOne's answer lacks " + what.get());
        }
        return value;
    }
}
