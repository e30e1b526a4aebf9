package dev.connect.provider.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.time.Duration;
import java.util.Objects;

/**
 * A Feign client builder as every provider adapter configures it: JSON both ways, the provider's error decoder, one
 * deadline per call with retries inside it ({@link DeadlineRetryer}), timeouts per attempt, no redirects followed,
 * every attempt measured and every retry counted ({@link ProviderMetrics}), and the redacted request log at DEBUG.
 * The adapter adds its authentication and targets its API.
 */
public final class ProviderFeign {

    /** A readiness check waits at most this long for the provider's answer (after connecting). */
    public static final Duration PROBE_READ_TIMEOUT = Duration.ofSeconds(5);

    private ProviderFeign() {
    }

    /**
     * @param connectTimeout for one connection attempt
     * @param readTimeout    for one answer
     * @param deadline       for a whole call, retries included
     * @param loggerName     where the request log goes, e.g. {@code dev.connect.adapters.nango.http}
     */
    public static Feign.Builder builder(ProviderName provider, ObjectMapper json, ProviderErrorDecoder errors,
                                        Duration connectTimeout, Duration readTimeout, Duration deadline,
                                        String loggerName) {
        return builder(provider, json, errors, connectTimeout, readTimeout, deadline, loggerName,
                ProviderMetrics.unrecorded(provider.key()), ProviderMetrics.INTERACTIVE);
    }

    /** As the builder above, measuring every attempt as {@code clientName}'s and counting every retry. */
    public static Feign.Builder builder(ProviderName provider, ObjectMapper json, ProviderErrorDecoder errors,
                                        Duration connectTimeout, Duration readTimeout, Duration deadline,
                                        String loggerName, ProviderMetrics metrics, String clientName) {
        Objects.requireNonNull(provider, "provider");
        return Feign.builder()
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .errorDecoder(errors)
                .client(metrics.timed(new ApacheFeignClient(connectTimeout), clientName))
                .retryer(new DeadlineRetryer(provider.name(), deadline, retrying -> metrics.retried(retrying.request())))
                .options(new Request.Options(connectTimeout, readTimeout, false))
                .logger(new RedactingFeignLogger(loggerName))
                .logLevel(Logger.Level.HEADERS);
    }

    /**
     * A builder for a readiness check: one attempt and no retries (a probe that waits helps nobody), at most
     * {@link #PROBE_READ_TIMEOUT} for an answer, measured as {@value ProviderMetrics#PROBE}.
     */
    public static Feign.Builder probe(ProviderName provider, ObjectMapper json, ProviderErrorDecoder errors,
                                      Duration connectTimeout, Duration readTimeout, String loggerName,
                                      ProviderMetrics metrics) {
        Duration quick = readTimeout.compareTo(PROBE_READ_TIMEOUT) < 0 ? readTimeout : PROBE_READ_TIMEOUT;
        return builder(provider, json, errors, connectTimeout, quick, connectTimeout.plus(quick), loggerName, metrics,
                ProviderMetrics.PROBE)
                .retryer(Retryer.NEVER_RETRY);
    }

    /** A base URL as Feign targets it: without a trailing slash. */
    public static String target(java.net.URI baseUrl) {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
