package dev.connect.adapters.quota;

import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.QuotaDecision;
import dev.connect.domain.port.out.owner.OwnerQuotaPort;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per owner (Bucket4j): {@link OwnerRateLimit#permits()} at once, refilled evenly over the period, so an
 * owner may burst up to its share and then goes at the share's pace, while every other owner keeps its own. What it
 * rations is the linking provider's rate limit (StackOne's or Nango's), shared by all owners through one credential:
 * an adapter of its own, behind {@link OwnerQuotaPort}, whichever provider is selected.
 *
 * <p>In memory, per process: with several instances each owner gets the share on each. A bucket that has refilled
 * completely is the same as a new one, so full buckets are dropped now and then, and the map holds only owners that
 * were busy lately.
 */
public final class Bucket4jOwnerQuota implements OwnerQuotaPort {

    /** How often (in acquisitions) full buckets are swept out. */
    static final int SWEEP_EVERY = 1024;

    private final OwnerRateLimit limit;
    private final TimeMeter time;
    private final ConcurrentMap<OwnerId, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong acquisitions = new AtomicLong();

    public Bucket4jOwnerQuota(OwnerRateLimit limit) {
        this(limit, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With another clock: for tests that must not sleep. */
    Bucket4jOwnerQuota(OwnerRateLimit limit, TimeMeter time) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public QuotaDecision tryAcquire(OwnerId owner) {
        Objects.requireNonNull(owner, "owner");
        if (acquisitions.incrementAndGet() % SWEEP_EVERY == 0) {
            sweepFullBuckets();
        }
        ConsumptionProbe[] probe = new ConsumptionProbe[1];
        // consumed inside compute, so that a sweep can never drop a bucket between its lookup and its use
        buckets.compute(owner, (id, bucket) -> {
            Bucket current = bucket == null ? newBucket() : bucket;
            probe[0] = current.tryConsumeAndReturnRemaining(1);
            return current;
        });
        return probe[0].isConsumed() ? QuotaDecision.GRANTED
                : new QuotaDecision.Exhausted(Duration.ofNanos(probe[0].getNanosToWaitForRefill()));
    }

    /** How many owners have a bucket now: for tests of the sweep. */
    int trackedOwners() {
        return buckets.size();
    }

    void sweepFullBuckets() {
        for (OwnerId owner : buckets.keySet()) {
            buckets.computeIfPresent(owner, (id, bucket) -> bucket.getAvailableTokens() >= limit.permits() ? null : bucket);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.permits()).refillGreedy(limit.permits(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
