package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The body of StackOne's {@code POST /connect_sessions}; absent optional fields are left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectSessionCreateBody(
        @JsonProperty("origin_owner_id") String originOwnerId,
        @JsonProperty("origin_owner_name") String originOwnerName,
        @JsonProperty("origin_username") String originUsername,
        @JsonProperty("provider") String provider,
        @JsonProperty("categories") List<String> categories,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("multiple") Boolean multiple,
        @JsonProperty("label") String label,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("expires_in") Long expiresIn) {
}
