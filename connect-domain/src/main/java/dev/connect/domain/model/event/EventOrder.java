package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an applicable event stands in its account's history: by {@code event_date}, and at the same instant
 * created before updated before deleted ({@link AccountEventKind#sameInstantRank()}). Dates are kept at microsecond
 * precision, so that an order survives storage unchanged. How a store packs an order into a column is the store's
 * business.
 */
public record EventOrder(Instant eventDate, AccountEventKind kind) implements Comparable<EventOrder> {

    private static final Comparator<EventOrder> ORDER = Comparator.comparing(EventOrder::eventDate)
            .thenComparingInt(order -> order.kind().sameInstantRank());

    public EventOrder {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(kind, "kind");
        if (!kind.isKnown()) {
            throw new IllegalArgumentException("an unknown event has no place in an account's history");
        }
        eventDate = Checks.microseconds(eventDate);
    }

    public boolean isAfter(EventOrder other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(EventOrder other) {
        return ORDER.compare(this, other);
    }
}
