package dev.connect.domain.model.error;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * StackOne could not do what was asked: it rejected the request, refused our credentials, was rate limited,
 * timed out or was unavailable. {@link #retryAfter()} says when trying again makes sense, where known.
 */
public final class UpstreamException extends ConnectException {

    private static final Set<ErrorCode> UPSTREAM_CODES = EnumSet.of(
            ErrorCode.UPSTREAM_REJECTED, ErrorCode.UPSTREAM_MISCONFIGURED, ErrorCode.UPSTREAM_RATE_LIMITED,
            ErrorCode.UPSTREAM_TIMEOUT, ErrorCode.UPSTREAM_UNAVAILABLE);

    private final Duration retryAfter;

    public UpstreamException(ErrorCode code, String message, Duration retryAfter, Throwable cause) {
        super(requireUpstream(code), message, cause);
        this.retryAfter = retryAfter;
    }

    public UpstreamException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }


    private static ErrorCode requireUpstream(ErrorCode code) {
        Objects.requireNonNull(code, "code");
        if (!UPSTREAM_CODES.contains(code)) {
            throw new IllegalArgumentException("not an upstream code: " + code);
        }
        return code;
    }
}
