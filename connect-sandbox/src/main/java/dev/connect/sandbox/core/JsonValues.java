package dev.connect.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The one ObjectMapper, and StackOne's value formats. */
public final class JsonValues {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    /** StackOne's date-time shape: ISO-8601 UTC with milliseconds. */
    public static String timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, Map.class);
    }
}
