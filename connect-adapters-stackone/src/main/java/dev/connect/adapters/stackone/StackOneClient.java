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
import feign.auth.BasicAuthRequestInterceptor;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The configured Feign client for StackOne, and the one place where whatever escapes Feign becomes a domain failure.
 *
 * <p>Requests go through the JDK's {@link HttpClient} (kept-alive connections, {@code TCP_NODELAY}). Feign's default
 * {@code HttpURLConnection} client streams a body after the request head, in a second small write that Nagle's
 * algorithm holds back until the server acknowledges the first, and servers delay that acknowledgement: a few
 * milliseconds added to every {@code POST}, up to 40. Buffering the body instead would have let
 * {@code HttpURLConnection} silently send a {@code POST} twice after a dropped connection. The JDK client repeats only
 * idempotent requests, and a {@code POST} only when its connection never opened.
 */
final class StackOneClient {

    private final StackOneApi api;

    private StackOneClient(StackOneApi api) {
        this.api = api;
    }

    static StackOneClient create(StackOneSettings settings, Clock clock) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        StackOneApi api = Feign.builder()
                .client(new Http2Client(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(settings.connectTimeout())
                        .build()))
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .errorDecoder(new StackOneErrorDecoder(json, settings.apiKey(), clock))
                .retryer(new DeadlineRetryer(settings.callDeadline()))
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
