package dev.connect.provider.http;

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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns every non-2xx answer of a provider into a domain failure, the same way for every provider: 400 and 422 are
 * rejections (with the provider's own words), 401 and 403 a credential the provider refused (never quoting its answer,
 * which may describe the key), 404 not found, 409 a conflict, 429 rate limited, 408 and 504 a timeout, other 5xx
 * unavailable. Answers {@link RetryPolicy} lets a call repeat come back wrapped in Feign's {@link RetryableException}
 * so that the {@link DeadlineRetryer} may try again; the domain failure rides along as its cause. A provider adapter
 * says only how to read its error body and, where it means something else by a status, what.
 */
public abstract class ProviderErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_MESSAGE_CHARS = 500;

    private final ProviderName provider;
    private final UnaryOperator<String> redact;
    private final Clock clock;

    /** @param redact removes the provider's key from text the provider wrote, in case it quotes it */
    protected ProviderErrorDecoder(ProviderName provider, UnaryOperator<String> redact, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The provider's own words in an error body that is its documented JSON; empty for anything else (a proxy in
     * between answers in HTML or plain text, and its words are not the provider's).
     */
    protected abstract Optional<String> messageOf(String body);

    /**
     * What the provider means by an answer where it differs from the shared reading, e.g. a 400 that says the
     * connection is unknown; empty: the shared reading.
     *
     * @param message the provider's words (redacted and abbreviated), or {@code HTTP <status> <reason>}
     */
    protected Optional<ConnectException> providerSpecific(int status, Optional<String> body, String message) {
        return Optional.empty();
    }

    @Override
    public final Exception decode(String methodKey, Response response) {
        int status = response.status();
        Optional<Duration> retryAfter = RetryAfter.parse(firstHeader(response, "Retry-After"), clock);
        Optional<String> body = readBody(response);
        String message = message(response, body);
        ConnectException failure = providerSpecific(status, body, message)
                .orElseGet(() -> failureFor(status, message, retryAfter));
        Request.HttpMethod method = response.request().httpMethod();
        if (RetryPolicy.mayRepeatAfter(status, method)) {
            Long retryAt = retryAfter.map(wait -> clock.millis() + wait.toMillis()).orElse(null);
            return new RetryableException(status, failure.getMessage(), method, failure, retryAt, response.request());
        }
        return failure;
    }

    private ConnectException failureFor(int status, String message, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElse(null);
        String name = provider.name();
        if (status == 400 || status == 422) {
            return new UpstreamException(ErrorCode.UPSTREAM_REJECTED, name + " rejected the request: " + message);
        }
        if (status == 401 || status == 403) {
            return new UpstreamException(ErrorCode.UPSTREAM_MISCONFIGURED, name + " refused the configured "
                    + provider.credential() + " (HTTP " + status + "): check " + provider.credentialSetting());
        }
        if (status == 404) {
            return new NotFoundException(name + ": " + message);
        }
        if (status == 409) {
            return new ConflictException(name + ": " + message);
        }
        if (status == 429) {
            return new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, name + " rate limit reached", wait, null);
        }
        if (status == 408 || status == 504) {
            return new UpstreamException(ErrorCode.UPSTREAM_TIMEOUT, name + " timed out (HTTP " + status + ")", wait,
                    null);
        }
        if (status >= 500) {
            return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, name + " is unavailable (HTTP " + status + ")",
                    wait, null);
        }
        return new UpstreamException(ErrorCode.UPSTREAM_REJECTED,
                name + " rejected the request (HTTP " + status + "): " + message);
    }

    private String message(Response response, Optional<String> body) {
        String message = body.filter(text -> !text.isBlank()).flatMap(this::messageOf)
                .filter(text -> !text.isBlank())
                // no reason phrase: some HTTP clients make one up from the status, which would read as the provider's words
                .orElseGet(() -> "HTTP " + response.status());
        message = redact.apply(message);
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static Optional<String> readBody(Response response) {
        if (response.body() == null) {
            return Optional.empty();
        }
        try (InputStream in = response.body().asInputStream()) {
            return Optional.of(new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String firstHeader(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(Collection::stream)
                .findFirst()
                .orElse(null);
    }
}
