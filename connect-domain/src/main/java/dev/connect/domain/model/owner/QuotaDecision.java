package dev.connect.domain.model.owner;

import java.time.Duration;
import java.util.Objects;

/** Whether an owner may do one more thing of a rationed kind now. */
public sealed interface QuotaDecision {

    Granted GRANTED = new Granted();

    /** Go ahead: one permit was taken. */
    record Granted() implements QuotaDecision {
    }

    /** Not now: no permit is left; one will be after {@code retryAfter}. */
    record Exhausted(Duration retryAfter) implements QuotaDecision {

        public Exhausted {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }
    }
}
