package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** StackOne's {@code GET /accounts/{id}/meta}: the provider, its category and the data models it offers. */
public record AccountMetaResponse(
        @JsonProperty("provider") String provider,
        @JsonProperty("category") String category,
        @JsonProperty("models") JsonNode models) {
}
