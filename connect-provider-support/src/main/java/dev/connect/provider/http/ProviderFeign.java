package dev.connect.provider.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * A Feign client builder as every provider adapter configures it: JSON both ways, the provider's error decoder, one
 * deadline per call with retries inside it ({@link DeadlineRetryer}), timeouts per attempt, no redirects followed, and
 * the redacted request log at DEBUG. The adapter adds its authentication and targets its API.
 *
 * <p>Requests go through the JDK's {@link HttpClient} (kept-alive connections, {@code TCP_NODELAY}). Feign's default
 * {@code HttpURLConnection} client streams a body after the request head, in a second small write that Nagle's
 * algorithm holds back until the server acknowledges the first, and servers delay that acknowledgement: a few
 * milliseconds added to every {@code POST}, up to 40. Buffering the body instead would have let
 * {@code HttpURLConnection} silently send a {@code POST} twice after a dropped connection. The JDK client repeats only
 * idempotent requests, and a {@code POST} only when its connection never opened.
 */
public final class ProviderFeign {

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
        Objects.requireNonNull(provider, "provider");
        return Feign.builder()
                .client(new Http2Client(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(connectTimeout)
                        .build()))
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .errorDecoder(errors)
                .retryer(new DeadlineRetryer(provider.name(), deadline))
                .options(new Request.Options(connectTimeout, readTimeout, false))
                .logger(new RedactingFeignLogger(loggerName))
                .logLevel(Logger.Level.HEADERS);
    }

    /** A base URL as Feign targets it: without a trailing slash. */
    public static String target(java.net.URI baseUrl) {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
