package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Nango's answer to {@code POST /connect/sessions} (and {@code /reconnect}), 201: {@code {"data": {...}}}. The token
 * and {@code expires_at} are required by Nango's schema; {@code connect_link} is documented as optional (Nango sends
 * it since late 2025). Unknown fields are ignored.
 */
public record NangoConnectSessionResponse(@JsonProperty("data") Session data) {

    public record Session(
            @JsonProperty("token") String token,
            @JsonProperty("connect_link") String connectLink,
            @JsonProperty("expires_at") String expiresAt) {

        @Override
        public String toString() {
            return "Session[token=redacted, expiresAt=" + expiresAt + "]";
        }
    }
}
