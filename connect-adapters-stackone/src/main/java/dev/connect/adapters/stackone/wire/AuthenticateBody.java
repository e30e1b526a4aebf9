package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of StackOne's {@code POST /connect_sessions/authenticate}. */
public record AuthenticateBody(@JsonProperty("token") String token) {

    @Override
    public String toString() {
        return "AuthenticateBody[token=redacted]";
    }
}
