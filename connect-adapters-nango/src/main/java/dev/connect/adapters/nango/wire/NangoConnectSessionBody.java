package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of Nango's {@code POST /connect/sessions}: the end user, their organization, the integrations the session
 * may link (all of them when absent) and the tags Nango copies onto the connection and into its auth webhooks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NangoConnectSessionBody(
        @JsonProperty("end_user") NangoEndUser endUser,
        @JsonProperty("organization") NangoOrganization organization,
        @JsonProperty("allowed_integrations") List<String> allowedIntegrations,
        @JsonProperty("tags") Map<String, String> tags) {
}
