package dev.connect.adapters.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.QuotaDecision;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One bucket per owner on a clock the test moves: a busy owner waits, the others do not. */
class Bucket4jOwnerQuotaTest {

    private static final OwnerId BUSY = new OwnerId("tenant-busy");
    private static final OwnerId QUIET = new OwnerId("tenant-quiet");

    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void anOwnerMayBurstUpToItsShareThenWaitsWhileAnotherOwnerIsUnaffected() {
        Bucket4jOwnerQuota quota = new Bucket4jOwnerQuota(OwnerRateLimit.perMinute(3), time);

        for (int i = 0; i < 3; i++) {
            assertThat(quota.tryAcquire(BUSY)).isEqualTo(QuotaDecision.GRANTED);
        }
        QuotaDecision refused = quota.tryAcquire(BUSY);

        assertThat(refused).isInstanceOfSatisfying(QuotaDecision.Exhausted.class, exhausted ->
                assertThat(exhausted.retryAfter()).isEqualTo(Duration.ofSeconds(20)));
        assertThat(quota.tryAcquire(QUIET)).isEqualTo(QuotaDecision.GRANTED);
    }

    @Test
    void permitsComeBackEvenlyOverThePeriod() {
        Bucket4jOwnerQuota quota = new Bucket4jOwnerQuota(OwnerRateLimit.perMinute(3), time);
        for (int i = 0; i < 3; i++) {
            quota.tryAcquire(BUSY);
        }

        nanos.addAndGet(Duration.ofSeconds(19).toNanos());
        assertThat(quota.tryAcquire(BUSY)).isInstanceOf(QuotaDecision.Exhausted.class);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(quota.tryAcquire(BUSY)).isEqualTo(QuotaDecision.GRANTED);
        assertThat(quota.tryAcquire(BUSY)).isInstanceOf(QuotaDecision.Exhausted.class);
    }

    @Test
    void onlyOwnersWhoseBucketsAreNotFullAreKept() {
        Bucket4jOwnerQuota quota = new Bucket4jOwnerQuota(OwnerRateLimit.perMinute(2), time);
        quota.tryAcquire(BUSY);
        quota.tryAcquire(BUSY);
        quota.tryAcquire(QUIET);

        nanos.addAndGet(Duration.ofSeconds(30).toNanos()); // QUIET is full again, BUSY has one of two
        quota.sweepFullBuckets();

        assertThat(quota.trackedOwners()).isEqualTo(1);
        assertThat(quota.tryAcquire(BUSY)).isEqualTo(QuotaDecision.GRANTED);
        assertThat(quota.tryAcquire(BUSY)).isInstanceOf(QuotaDecision.Exhausted.class);
    }

    @Test
    void aLimitNeedsAPermitAndAPeriod() {
        assertThatThrownBy(() -> OwnerRateLimit.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OwnerRateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
