package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Nango's error body on every 4xx/5xx ({@code StdError}): {@code {"error": {"code": "...", "message": "...",
 * "errors": [...]}}}, where {@code code} is stable (e.g. {@code invalid_body}, {@code unknown_connection},
 * {@code too_many_request}) and {@code errors} lists what failed validation.
 */
public record NangoErrorBody(@JsonProperty("error") Error error) {

    public record Error(@JsonProperty("code") String code,
                        @JsonProperty("message") String message,
                        @JsonProperty("errors") List<JsonNode> errors) {
    }
}
