package dev.connect.adapters.web.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with the stable {@code code} member clients branch on, the offending {@code field}
 * where there is one, {@code retryAfter} (seconds) where known, and the {@code requestId} to find it in the logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field,
                      Long retryAfter, String requestId, @JsonIgnore Map<String, String> headers) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, code, field, retryAfter, id, headers);
    }
}
