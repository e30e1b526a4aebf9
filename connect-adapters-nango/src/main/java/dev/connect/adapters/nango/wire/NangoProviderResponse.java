package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Nango's {@code GET /providers/{provider}}: the API behind an integration, with its categories (e.g. {@code crm}). */
public record NangoProviderResponse(@JsonProperty("data") Provider data) {

    public record Provider(@JsonProperty("name") String name,
                           @JsonProperty("categories") List<String> categories) {
    }
}
