package dev.connect.provider.wire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates in a provider's answers, read leniently: one in another shape is left out rather than losing the answer. */
public final class ProviderDates {

    private ProviderDates() {
    }

    /** An ISO-8601 date-time with offset, or empty for none, blank or anything else. */
    public static Optional<Instant> lenient(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
