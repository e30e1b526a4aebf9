package dev.connect.domain.model.account;

import dev.connect.domain.model.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A linked account's provider-specific setup, e.g. {@code {"domain": "acme"}}, as text key/values (a nested value is
 * kept as its JSON text). Never credentials: StackOne sends those in a separate field that is never read. At most
 * 100 keys and 16 KiB in all (UTF-8 bytes of keys and values); keys are sorted so that equal setups compare equal.
 */
public record SetupInformation(Map<String, String> entries) {

    public static final int MAX_KEYS = 100;
    public static final int MAX_BYTES = 16 * 1024;
    public static final SetupInformation EMPTY = new SetupInformation(Map.of());

    public SetupInformation {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > MAX_KEYS) {
            throw new InvalidRequestException("setup_information", "setup_information must have at most " + MAX_KEYS + " keys");
        }
        int bytes = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw new InvalidRequestException("setup_information", "setup_information keys must not be blank");
            }
            if (entry.getValue() == null) {
                throw new InvalidRequestException("setup_information",
                        "setup_information value of '" + entry.getKey() + "' must not be null");
            }
            bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + entry.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_BYTES) {
            throw new InvalidRequestException("setup_information", "setup_information must be at most " + MAX_BYTES + " bytes");
        }
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
