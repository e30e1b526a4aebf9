package dev.connect.domain.model;

import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The shared rules of the value objects of every concept, so that each states its own limits in one line. */
public final class Checks {

    private Checks() {
    }

    /** A non-blank string of at most {@code max} characters without control characters, returned unchanged. */
    public static String boundedText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + " must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(field, field + " must not contain control characters");
        }
        return value;
    }

    /**
     * An instant truncated to microseconds, the precision every stored date has (PostgreSQL's), so that a value
     * survives storage unchanged and compares equal afterwards.
     */
    public static Instant microseconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
