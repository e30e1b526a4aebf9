package dev.connect.adapters.nango;

import java.util.Objects;

/**
 * A Nango environment's secret key (its API key), sent as {@code Authorization: Bearer <key>}. A secret:
 * {@link #toString()} never shows it, and text that came from elsewhere is cleaned of it before it goes anywhere.
 */
public record NangoSecretKey(String value) {

    public NangoSecretKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the Nango secret key must be non-blank, without spaces or control "
                    + "characters");
        }
    }

    /** Replaces any occurrence of the key in text that came from elsewhere, so it cannot leak through it. */
    String redactFrom(String text) {
        return text == null ? null : text.replace(value, "[redacted]");
    }

    @Override
    public String toString() {
        return "NangoSecretKey[redacted]";
    }
}
