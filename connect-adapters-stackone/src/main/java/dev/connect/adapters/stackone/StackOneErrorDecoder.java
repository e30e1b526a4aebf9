package dev.connect.adapters.stackone;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.stackone.wire.StackOneErrorBody;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Turns every non-2xx answer of StackOne into a domain failure. Answers that StackOne did not act on (429, 408),
 * and server errors of idempotent calls (GET, DELETE), come back wrapped in Feign's {@link RetryableException} so that the
 * {@link DeadlineRetryer} may try again; the domain failure rides along as its cause.
 */
final class StackOneErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_MESSAGE_CHARS = 500;

    private final ObjectMapper json;
    private final StackOneApiKey apiKey;
    private final Clock clock;

    StackOneErrorDecoder(ObjectMapper json, StackOneApiKey apiKey, Clock clock) {
        this.json = json;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        Optional<Duration> retryAfter = RetryAfter.parse(firstHeader(response, "Retry-After"), clock);
        ConnectException failure = failureFor(status, upstreamMessage(response), retryAfter);
        Request.HttpMethod method = response.request().httpMethod();
        if (isRetryable(status, method)) {
            Long retryAt = retryAfter.map(wait -> clock.millis() + wait.toMillis()).orElse(null);
            return new RetryableException(status, failure.getMessage(), method, failure, retryAt, response.request());
        }
        return failure;
    }

    private ConnectException failureFor(int status, String message, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElse(null);
        if (status == 400 || status == 422) {
            return new UpstreamException(ErrorCode.UPSTREAM_REJECTED, "StackOne rejected the request: " + message);
        }
        if (status == 401 || status == 403) {
            // StackOne's message is not repeated: it may describe the key. The operator needs only the hint.
            return new UpstreamException(ErrorCode.UPSTREAM_MISCONFIGURED,
                    "StackOne refused the configured API key (HTTP " + status + "): check CONNECT_STACKONE_API_KEY");
        }
        if (status == 404) {
            return new NotFoundException("StackOne: " + message);
        }
        if (status == 409) {
            return new ConflictException("StackOne: " + message);
        }
        if (status == 429) {
            return new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, "StackOne rate limit reached", wait, null);
        }
        if (status == 408 || status == 504) {
            return new UpstreamException(ErrorCode.UPSTREAM_TIMEOUT, "StackOne timed out (HTTP " + status + ")",
                    wait, null);
        }
        if (status >= 500) {
            return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "StackOne is unavailable (HTTP " + status + ")", wait, null);
        }
        return new UpstreamException(ErrorCode.UPSTREAM_REJECTED,
                "StackOne rejected the request (HTTP " + status + "): " + message);
    }

    /** StackOne did not process 429 and 408 at all; a server error is safe to repeat only for an idempotent call. */
    private static boolean isRetryable(int status, Request.HttpMethod method) {
        if (status == 429 || status == 408) {
            return true;
        }
        return status >= 500 && isIdempotent(method);
    }

    /**
     * A call that has the same effect once or twice: a read, and a delete (a repeated delete finds the account gone,
     * which the adapter reads as deleted). A POST creates a session each time and is never among them.
     */
    static boolean isIdempotent(Request.HttpMethod method) {
        return method == Request.HttpMethod.GET || method == Request.HttpMethod.DELETE;
    }

    private String upstreamMessage(Response response) {
        String body = readBody(response);
        String message = null;
        if (body != null && !body.isBlank()) {
            try {
                StackOneErrorBody error = json.readValue(body, StackOneErrorBody.class);
                message = error == null ? null : error.message();
                if (error != null && error.errors() != null && !error.errors().isEmpty()) {
                    message = (message == null ? "" : message + ": ") + String.join("; ", error.errors());
                }
            } catch (IOException notJson) {
                // A proxy in between answers in HTML or plain text; its words are not StackOne's message.
                message = null;
            }
        }
        if (message == null || message.isBlank()) {
            message = "HTTP " + response.status() + (response.reason() == null ? "" : " " + response.reason());
        }
        message = apiKey.redactFrom(message);
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static String readBody(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String firstHeader(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue)
                .flatMap(Collection::stream)
                .findFirst()
                .orElse(null);
    }
}
