package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One linked account as StackOne describes it. {@code credentials}, which StackOne sends only to keys with the
 * credentials scope, is deliberately not a component: it is never read, kept or logged. Dates stay text here and are
 * read leniently by the mapper, so that one odd date does not lose the whole account.
 */
public record AccountResponse(
        @JsonProperty("id") String id,
        @JsonProperty("provider") String provider,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("status") String status,
        @JsonProperty("status_reasons") List<StatusReasonResponse> statusReasons,
        @JsonProperty("origin_owner_id") String originOwnerId,
        @JsonProperty("origin_owner_name") String originOwnerName,
        @JsonProperty("origin_username") String originUsername,
        @JsonProperty("label") String label,
        @JsonProperty("setup_information") JsonNode setupInformation,
        @JsonProperty("type") String type,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {

    /** One of StackOne's {@code status_reasons}: {@code {code?, description?, timestamp}}. */
    public record StatusReasonResponse(
            @JsonProperty("code") String code,
            @JsonProperty("description") String description,
            @JsonProperty("timestamp") String timestamp) {
    }
}
