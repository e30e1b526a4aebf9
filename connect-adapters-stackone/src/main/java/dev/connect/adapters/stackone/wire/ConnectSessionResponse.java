package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * StackOne's answer to {@code POST /connect_sessions} and {@code /connect_sessions/authenticate} (the latter
 * without token and auth link). Unknown fields are ignored by the mapper's configuration; {@code organization_id} is
 * a number, read leniently ({@link OrganizationIdReader}).
 */
public record ConnectSessionResponse(
        @JsonProperty("id") Long id,
        @JsonProperty("organization_id") @JsonDeserialize(using = OrganizationIdReader.class) Long organizationId,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("origin_owner_id") String originOwnerId,
        @JsonProperty("origin_owner_name") String originOwnerName,
        @JsonProperty("origin_username") String originUsername,
        @JsonProperty("provider") String provider,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("categories") List<String> categories,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("type") String type,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("token") String token,
        @JsonProperty("auth_link_url") String authLinkUrl) {
}
