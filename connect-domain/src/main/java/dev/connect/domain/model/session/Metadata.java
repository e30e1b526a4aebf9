package dev.connect.domain.model.session;

import dev.connect.domain.model.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Free-form string key/values kept with a session and its account. At most 50 keys and 4 KiB in all (UTF-8 bytes
 * of keys and values), so that a caller cannot grow StackOne's records without bound.
 */
public record Metadata(Map<String, String> entries) {

    public static final int MAX_KEYS = 50;
    public static final int MAX_BYTES = 4096;
    public static final Metadata EMPTY = new Metadata(Map.of());

    public Metadata {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > MAX_KEYS) {
            throw new InvalidRequestException("metadata", "metadata must have at most " + MAX_KEYS + " keys");
        }
        int bytes = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw new InvalidRequestException("metadata", "metadata keys must not be blank");
            }
            if (entry.getValue() == null) {
                throw new InvalidRequestException("metadata", "metadata value of '" + entry.getKey() + "' must not be null");
            }
            bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + entry.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_BYTES) {
            throw new InvalidRequestException("metadata", "metadata must be at most " + MAX_BYTES + " bytes in all");
        }
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
