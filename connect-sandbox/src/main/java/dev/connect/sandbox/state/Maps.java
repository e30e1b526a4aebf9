package dev.connect.sandbox.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Read-only copies that, unlike {@code Map.copyOf}, keep insertion order and tolerate JSON nulls. */
public final class Maps {

    private Maps() {
    }

    public static Map<String, Object> frozen(Map<String, Object> source) {
        return source == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
