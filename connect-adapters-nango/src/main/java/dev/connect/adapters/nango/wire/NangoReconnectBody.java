package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The body of Nango's {@code POST /connect/sessions/reconnect}: a session that re-authorises one existing connection,
 * named by its connection id and its integration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NangoReconnectBody(
        @JsonProperty("connection_id") String connectionId,
        @JsonProperty("integration_id") String integrationId,
        @JsonProperty("end_user") NangoEndUser endUser,
        @JsonProperty("organization") NangoOrganization organization,
        @JsonProperty("tags") Map<String, String> tags) {
}
