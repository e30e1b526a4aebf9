package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** StackOne's error body on every 4xx/5xx. Note {@code statusCode} and {@code errorCode} are camelCase. */
public record StackOneErrorBody(
        @JsonProperty("statusCode") Integer statusCode,
        @JsonProperty("message") String message,
        @JsonProperty("errorCode") String errorCode,
        @JsonProperty("errors") List<String> errors) {
}
