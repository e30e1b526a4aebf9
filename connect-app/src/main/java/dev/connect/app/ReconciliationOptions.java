package dev.connect.app;

import dev.connect.adapters.stackone.StackOneRateShare;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When reconciliation runs by itself, and how much of StackOne's rate limit it may use.
 *
 * @param interval how long after one scheduled run ends the next starts; empty: only on demand (the default, also in
 *                 the embedded sandbox mode)
 * @param rateShare its share of StackOne's 1000 requests per minute, for scheduled and on-demand runs alike
 */
public record ReconciliationOptions(Optional<Duration> interval, StackOneRateShare rateShare) {

    public static final ReconciliationOptions DEFAULT =
            new ReconciliationOptions(Optional.empty(), StackOneRateShare.DEFAULT);

    public ReconciliationOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(rateShare, "rateShare");
    }
}
