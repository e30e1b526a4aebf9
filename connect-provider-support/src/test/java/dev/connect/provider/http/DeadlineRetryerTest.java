package dev.connect.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retry policy on a clock that moves only when the retryer waits, so that every decision is checked without a
 * moment of real time passing: what is repeated, how long each wait is, and when it gives up.
 */
class DeadlineRetryerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private long nanos;
    private long wallMillis = 1_000_000;
    private final List<Long> waits = new ArrayList<>();

    private DeadlineRetryer retryer() {
        return new DeadlineRetryer("Provider", DEADLINE, () -> nanos, () -> wallMillis, millis -> {
            waits.add(millis);
            nanos += Duration.ofMillis(millis).toNanos();
            wallMillis += millis;
        });
    }

    private static RetryableException answered(Request.HttpMethod method, Long retryAt) {
        UpstreamException failure = new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, "Provider rate limit reached");
        return new RetryableException(429, failure.getMessage(), method, failure, retryAt, request(method));
    }

    private static RetryableException ioFailure(Request.HttpMethod method, Throwable cause) {
        return new RetryableException(-1, cause.getMessage(), method, cause, (Long) null, request(method));
    }

    private static Request request(Request.HttpMethod method) {
        return Request.create(method, "http://provider.test/x", Map.of(), new byte[0], StandardCharsets.UTF_8);
    }

    @Test
    void waitsNoShorterThanRetryAfterAndBacksOffExponentiallyWithJitter() {
        Retryer retryer = retryer();

        retryer.continueOrPropagate(answered(Request.HttpMethod.POST, wallMillis + 1_500));
        retryer.continueOrPropagate(answered(Request.HttpMethod.POST, null));
        retryer.continueOrPropagate(answered(Request.HttpMethod.POST, null));

        assertThat(waits.get(0)).isGreaterThanOrEqualTo(1_500);
        assertThat(waits.get(1)).isBetween(200L, 400L);
        assertThat(waits.get(2)).isBetween(400L, 800L);
    }

    @Test
    void givesUpWithTheProvidersFailureOnceTheNextWaitWouldPassTheDeadline() {
        Retryer retryer = retryer();

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                retryer.continueOrPropagate(answered(Request.HttpMethod.GET, null));
            }
        });

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_RATE_LIMITED);
        assertThat(waits.stream().mapToLong(Long::longValue).sum()).isLessThan(DEADLINE.toMillis());
        assertThat(waits).hasSizeGreaterThan(3);
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnceWithoutWaiting() {
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> retryer().continueOrPropagate(answered(Request.HttpMethod.POST, wallMillis + 60_000)));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_RATE_LIMITED);
        assertThat(waits).isEmpty();
    }

    @Test
    void aPostThatMayHaveReachedTheProviderIsNotRepeatedButOneThatNeverConnectedIs() {
        UpstreamException timedOut = catchThrowableOfType(UpstreamException.class, () -> retryer()
                .continueOrPropagate(ioFailure(Request.HttpMethod.POST, new SocketTimeoutException("Read timed out"))));
        UpstreamException reset = catchThrowableOfType(UpstreamException.class, () -> retryer()
                .continueOrPropagate(ioFailure(Request.HttpMethod.POST, new java.io.IOException("Connection reset"))));

        assertThat(timedOut.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        assertThat(timedOut).hasMessage("Provider did not answer in time");
        assertThat(reset.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(reset).hasMessage("Provider could not be reached");
        assertThat(waits).isEmpty();

        retryer().continueOrPropagate(ioFailure(Request.HttpMethod.POST, new ConnectException("Connection refused")));
        retryer().continueOrPropagate(ioFailure(Request.HttpMethod.GET, new SocketTimeoutException("Read timed out")));
        retryer().continueOrPropagate(ioFailure(Request.HttpMethod.DELETE, new java.io.IOException("Connection reset")));
        // the HTTP client's own words for a connection that did not open in time
        retryer().continueOrPropagate(ioFailure(Request.HttpMethod.POST,
                new org.apache.hc.client5.http.ConnectTimeoutException("Connect to http://127.0.0.1:9 timed out")));
        assertThat(waits).hasSize(4);
    }

    @Test
    void aConnectionThatNeverOpenedInTimeFailsAsATimeoutOnceTheDeadlineIsNear() {
        RetryableException neverOpened = ioFailure(Request.HttpMethod.POST,
                new org.apache.hc.client5.http.ConnectTimeoutException("Connect to http://127.0.0.1:9 timed out"));
        DeadlineRetryer spent = new DeadlineRetryer("Provider", Duration.ZERO, () -> 0L, () -> 0L, waits::add);

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> spent.continueOrPropagate(neverOpened));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        assertThat(failure).hasMessage("Provider did not answer in time");
    }

    @Test
    void eachCallGetsAFreshBudget() {
        Retryer first = retryer();
        catchThrowableOfType(UpstreamException.class, () -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                first.continueOrPropagate(answered(Request.HttpMethod.GET, null));
            }
        });
        waits.clear();

        first.clone().continueOrPropagate(answered(Request.HttpMethod.GET, null));

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isBetween(100L, 200L));
    }

    @Test
    void onlyAnswersTheProviderDidNotActOnAndServerErrorsOfIdempotentCallsMayBeRepeated() {
        for (Request.HttpMethod method : Request.HttpMethod.values()) {
            assertThat(RetryPolicy.mayRepeatAfter(429, method)).isTrue();
            assertThat(RetryPolicy.mayRepeatAfter(408, method)).isTrue();
            for (int status : new int[] {400, 401, 403, 404, 409, 422}) {
                assertThat(RetryPolicy.mayRepeatAfter(status, method)).as(method + " " + status).isFalse();
            }
        }
        assertThat(RetryPolicy.mayRepeatAfter(503, Request.HttpMethod.GET)).isTrue();
        assertThat(RetryPolicy.mayRepeatAfter(502, Request.HttpMethod.DELETE)).isTrue();
        assertThat(RetryPolicy.mayRepeatAfter(500, Request.HttpMethod.POST)).isFalse();
    }

    @Test
    void readsRetryAfterAsSecondsOrAnHttpDate() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T10:00:00Z"),
                java.time.ZoneOffset.UTC);
        assertThat(RetryAfter.parse("60", clock)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
    }
}
