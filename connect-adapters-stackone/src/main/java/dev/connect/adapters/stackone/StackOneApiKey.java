package dev.connect.adapters.stackone;

import java.util.Objects;

/** StackOne's API key ({@code v1.<region>.<random>}). A secret: {@link #toString()} never shows it. */
public record StackOneApiKey(String value) {

    public StackOneApiKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("StackOne API key must not be blank");
        }
    }

    /** Replaces any occurrence of the key in text that came from elsewhere, so it cannot leak through it. */
    String redactFrom(String text) {
        return text == null ? null : text.replace(value, "[redacted]");
    }

    @Override
    public String toString() {
        return "StackOneApiKey[redacted]";
    }
}
