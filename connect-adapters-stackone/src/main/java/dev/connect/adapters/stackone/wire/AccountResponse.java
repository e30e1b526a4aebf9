package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One linked account as StackOne describes it. {@code credentials}, which StackOne sends only to keys with the
 * credentials scope, is deliberately not a component: it is never read, kept or logged.
 */
public record AccountResponse(
        @JsonProperty("id") String id,
        @JsonProperty("provider") String provider,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("status") String status,
        @JsonProperty("origin_owner_id") String originOwnerId,
        @JsonProperty("origin_owner_name") String originOwnerName,
        @JsonProperty("origin_username") String originUsername,
        @JsonProperty("label") String label,
        @JsonProperty("setup_information") Map<String, Object> setupInformation,
        @JsonProperty("type") String type,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt) {
}
