package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code end_user} of Nango's {@code POST /connect/sessions}: who links the connection. Nango requires an
 * {@code id} (1 to 255 characters); {@code email} must be an e-mail address if sent. Deprecated by Nango in favour of
 * connection tags, and still accepted and shown in its dashboard: connect sends both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NangoEndUser(
        @JsonProperty("id") String id,
        @JsonProperty("email") String email,
        @JsonProperty("display_name") String displayName) {
}
