package dev.connect.sandbox.faults;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A misbehaviour applied to the next {@code times} account events' webhook deliveries.
 * <ul>
 *   <li>{@link Kind#DUPLICATE}: each event is delivered twice, byte for byte;</li>
 *   <li>{@link Kind#DELAY}: each event is delivered {@code delay} later;</li>
 *   <li>{@link Kind#CORRUPT_SIGNATURE}: the {@code x-stackone-signature} is wrong;</li>
 *   <li>{@link Kind#REORDER}: the next {@code times} events are held back and then delivered newest first;</li>
 *   <li>{@link Kind#DROP}: the events are never delivered (a lost webhook).</li>
 * </ul>
 * Redelivery of an earlier delivery is not a fault but an action: {@link StackOneSandbox#redeliverWebhook(long)}.
 */
public record WebhookFault(Kind kind, int times, Duration delay) {

    /** What goes wrong. */
    public enum Kind {
        DUPLICATE, DELAY, CORRUPT_SIGNATURE, REORDER, DROP;

        public static Kind parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public WebhookFault {
        Objects.requireNonNull(kind, "kind");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (kind == Kind.REORDER && times < 2) {
            throw new IllegalArgumentException("reordering needs at least 2 events");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
    }

    public static WebhookFault duplicate(int times) {
        return new WebhookFault(Kind.DUPLICATE, times, Duration.ZERO);
    }

    public static WebhookFault delay(Duration delay, int times) {
        return new WebhookFault(Kind.DELAY, times, delay);
    }

    public static WebhookFault corruptSignature(int times) {
        return new WebhookFault(Kind.CORRUPT_SIGNATURE, times, Duration.ZERO);
    }

    /** Holds the next {@code events} events and delivers them in reverse order once all have happened. */
    public static WebhookFault reorder(int events) {
        return new WebhookFault(Kind.REORDER, events, Duration.ZERO);
    }

    public static WebhookFault drop(int times) {
        return new WebhookFault(Kind.DROP, times, Duration.ZERO);
    }
}
