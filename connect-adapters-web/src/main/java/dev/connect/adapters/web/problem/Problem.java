package dev.connect.adapters.web.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with the stable {@code code} member clients branch on, the offending {@code field}
 * where there is one, and {@code retryAfter} (seconds) where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field,
                      Long retryAfter, @JsonIgnore Map<String, String> headers) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
