package dev.connect.adapters.web.problem;

import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.OwnerRateLimitedException;
import dev.connect.domain.model.error.UpstreamException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one mapping from every failure to an HTTP status and problem body. Nothing else decides a status. */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    /** The HTTP status of each domain code. The switch has no default, so a new code does not compile unmapped. */
    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST, UPSTREAM_REJECTED, EVENT_MALFORMED, EVENT_STALE -> 400;
            case SIGNATURE_INVALID -> 401;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UPSTREAM_MISCONFIGURED -> 502;
            case UPSTREAM_RATE_LIMITED, UPSTREAM_UNAVAILABLE, STORAGE_UNAVAILABLE -> 503;
            case UPSTREAM_TIMEOUT -> 504;
            case OWNER_RATE_LIMITED -> 429;
        };
    }

    public static Problem toProblem(Throwable failure) {
        if (failure instanceof WebRequestException refused) {
            return problem(refused.status(), refused.code(), refused.getMessage(), refused.field(), Optional.empty(),
                    refused.headers());
        }
        if (failure instanceof ConnectException domain) {
            return fromDomain(domain);
        }
        // Not a failure anyone planned for: the caller learns only that, the log keeps the rest.
        LOG.error("unexpected failure while answering a request", failure);
        return problem(500, "internal_error", "an unexpected error occurred; it has been logged", Optional.empty(),
                Optional.empty(), Map.of());
    }

    private static Problem fromDomain(ConnectException failure) {
        Optional<String> field = failure instanceof InvalidRequestException invalid ? invalid.field() : Optional.empty();
        Optional<Duration> retryAfter = failure instanceof UpstreamException upstream ? upstream.retryAfter()
                : failure instanceof OwnerRateLimitedException limited ? Optional.of(atLeastASecond(limited.retryAfter()))
                : Optional.empty();
        Map<String, String> headers = new HashMap<>();
        retryAfter.ifPresent(wait -> headers.put("Retry-After", Long.toString(seconds(wait))));
        if (failure.code() == ErrorCode.SIGNATURE_INVALID) {
            // which header carries the signature is the provider's (the problem's detail names it)
            headers.put("WWW-Authenticate", "HMAC-SHA256");
        }
        return problem(statusOf(failure.code()), failure.code().code(), failure.getMessage(), field, retryAfter,
                headers);
    }

    private static Problem problem(int status, String code, String detail, Optional<String> field,
                                   Optional<Duration> retryAfter, Map<String, String> headers) {
        return new Problem("about:blank", HttpStatusTitles.of(status), status, detail, code, field.orElse(null),
                retryAfter.map(ProblemMapper::seconds).orElse(null), null, headers);
    }

    /** A permit is back within the second: "Retry-After: 0" would invite an immediate, refused retry. */
    private static Duration atLeastASecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    /** Whole seconds, rounded up, so that a client that waits this long is not early. */
    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }
}
