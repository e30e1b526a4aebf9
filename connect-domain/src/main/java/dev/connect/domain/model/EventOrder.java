package dev.connect.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an applicable event stands in its account's history: by {@code event_date}, and at the same instant
 * created before updated before deleted. Dates are kept at microsecond precision (like PostgreSQL's timestamps), so
 * that an order survives storage unchanged.
 */
public record EventOrder(Instant eventDate, AccountEventKind kind) implements Comparable<EventOrder> {

    private static final Comparator<EventOrder> ORDER =
            Comparator.comparing(EventOrder::eventDate).thenComparing(EventOrder::kind);

    public EventOrder {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(kind, "kind");
        if (!kind.isKnown()) {
            throw new IllegalArgumentException("an unknown event has no place in an account's history");
        }
        eventDate = normalise(eventDate);
    }

    /** An instant truncated to microseconds, the precision of every stored event date. */
    public static Instant normalise(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isAfter(EventOrder other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(EventOrder other) {
        return ORDER.compare(this, other);
    }

    /** One number with the same order, for storage: microseconds since the epoch times four plus the kind. */
    public long sequence() {
        long micros = Math.addExact(Math.multiplyExact(eventDate.getEpochSecond(), 1_000_000L), eventDate.getNano() / 1_000);
        return Math.addExact(Math.multiplyExact(micros, 4L), kind.ordinal());
    }

    public static EventOrder fromSequence(long sequence) {
        long micros = Math.floorDiv(sequence, 4L);
        int kind = (int) Math.floorMod(sequence, 4L);
        Instant date = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return new EventOrder(date, AccountEventKind.values()[kind]);
    }
}
