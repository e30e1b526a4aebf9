package dev.connect.provider.http;

import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Retries one call to a provider with exponential backoff and jitter, never past one total deadline, and never sooner
 * than the provider's {@code Retry-After}. A call is repeated only where the provider cannot have acted on it: an
 * answer the provider's {@link ProviderErrorDecoder} marked retryable, a connection that never opened, or any failure of
 * an idempotent call (a read, a delete). When it gives up it throws the domain failure, so callers never see Feign's
 * types.
 */
public final class DeadlineRetryer implements Retryer {

    static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** How a retryer waits: {@link Thread#sleep(long)}, or something quicker in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final String provider;
    private final Duration deadline;
    private final LongSupplier nanoClock;
    private final LongSupplier wallClockMillis;
    private final Sleeper sleeper;
    private final long startNanos;
    private final Consumer<RetryableException> onRetry;
    private int retries;

    /** @param provider the provider's name, for the failures it reports ("Nango could not be reached") */
    public DeadlineRetryer(String provider, Duration deadline) {
        this(provider, deadline, retrying -> { });
    }

    /**
     * @param provider the provider's name, for the failures it reports
     * @param onRetry  told of each attempt about to be repeated, e.g. to count it ({@link ProviderMetrics#retried})
     */
    public DeadlineRetryer(String provider, Duration deadline, Consumer<RetryableException> onRetry) {
        this(provider, deadline, System::nanoTime, System::currentTimeMillis, Thread::sleep, onRetry);
    }

    DeadlineRetryer(String provider, Duration deadline, LongSupplier nanoClock, LongSupplier wallClockMillis,
                    Sleeper sleeper) {
        this(provider, deadline, nanoClock, wallClockMillis, sleeper, retrying -> { });
    }

    DeadlineRetryer(String provider, Duration deadline, LongSupplier nanoClock, LongSupplier wallClockMillis,
                    Sleeper sleeper, Consumer<RetryableException> onRetry) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.nanoClock = nanoClock;
        this.wallClockMillis = wallClockMillis;
        this.sleeper = sleeper;
        this.onRetry = Objects.requireNonNull(onRetry, "onRetry");
        this.startNanos = nanoClock.getAsLong();
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (!mayRepeat(e)) {
            throw failureOf(e);
        }
        long waitMillis = Math.max(jitteredBackoffMillis(), retryAfterMillis(e));
        long remainingMillis = deadline.toMillis() - Duration.ofNanos(nanoClock.getAsLong() - startNanos).toMillis();
        if (waitMillis >= remainingMillis) {
            throw failureOf(e);
        }
        retries++;
        onRetry.accept(e);
        try {
            sleeper.sleep(waitMillis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failureOf(e);
        }
    }

    /** A fresh budget for each call: Feign clones the retryer per invocation. */
    @Override
    public Retryer clone() {
        return new DeadlineRetryer(provider, deadline, nanoClock, wallClockMillis, sleeper, onRetry);
    }

    private static boolean mayRepeat(RetryableException e) {
        if (e.getCause() instanceof ConnectException) {
            return true; // the error decoder only wraps answers that are safe to repeat
        }
        return RetryPolicy.isIdempotent(e.method()) || neverConnected(e.getCause());
    }

    /**
     * Refused or timed-out connections never reached the provider, so even a POST may be repeated. The HTTP client
     * reports a connection that did not open in time by its type, never as a read's {@link SocketTimeoutException}.
     */
    private static boolean neverConnected(Throwable cause) {
        return cause instanceof java.net.ConnectException || cause instanceof ConnectTimeoutException;
    }

    private long jitteredBackoffMillis() {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), INITIAL_BACKOFF.toMillis() << Math.min(retries, 20));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    private long retryAfterMillis(RetryableException e) {
        Long retryAt = e.retryAfter();
        return retryAt == null ? 0 : Math.max(0, retryAt - wallClockMillis.getAsLong());
    }

    private RuntimeException failureOf(RetryableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ConnectException failure) {
            return failure;
        }
        if (cause instanceof SocketTimeoutException || cause instanceof ConnectTimeoutException) {
            return new UpstreamException(ErrorCode.UPSTREAM_TIMEOUT, provider + " did not answer in time", null, cause);
        }
        if (cause instanceof IOException) {
            return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, provider + " could not be reached", null,
                    cause);
        }
        return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, provider + " call failed", null, e);
    }
}
