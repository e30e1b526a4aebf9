package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An {@code organization} as Nango sends and receives it: the end user's organization, i.e. connect's owner. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NangoOrganization(
        @JsonProperty("id") String id,
        @JsonProperty("display_name") String displayName) {
}
