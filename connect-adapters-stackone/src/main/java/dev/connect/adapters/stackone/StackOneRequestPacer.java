package dev.connect.adapters.stackone;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.bucket4j.BlockingBucket;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Spaces a client's requests evenly at its {@link StackOneRateShare}: a token bucket of one token, refilled once per
 * {@link StackOneRateShare#interval()}, so no minute sees more than the share's requests and no burst goes out. As a
 * Feign interceptor it runs before every attempt, so retries are paced and counted too.
 */
final class StackOneRequestPacer implements RequestInterceptor {

    private final BlockingBucket bucket;
    private final BlockingStrategy waiting;

    StackOneRequestPacer(StackOneRateShare share) {
        this(share, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /** With another clock and way of waiting: for tests that must not sleep. */
    StackOneRequestPacer(StackOneRateShare share, TimeMeter time, BlockingStrategy waiting) {
        this.bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, share.interval()))
                .withCustomTimePrecision(time)
                .build()
                .asBlocking();
        this.waiting = waiting;
    }

    @Override
    public void apply(RequestTemplate template) {
        try {
            bucket.consume(1, waiting);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "stopped while waiting for a turn within the share of StackOne's rate limit");
        }
    }
}
