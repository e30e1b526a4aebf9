package dev.connect.domain.model.error;

/**
 * The stable codes of every failure the domain reports. Adapters map each code to their own protocol
 * (the web adapter to an HTTP status) in exactly one place; the string is part of the public API.
 */
public enum ErrorCode {
    INVALID_REQUEST("invalid_request"),
    NOT_PERMITTED("not_permitted"),
    NOT_FOUND("not_found"),
    CONFLICT("conflict"),
    UPSTREAM_REJECTED("upstream_rejected"),
    UPSTREAM_MISCONFIGURED("upstream_misconfigured"),
    UPSTREAM_RATE_LIMITED("upstream_rate_limited"),
    UPSTREAM_TIMEOUT("upstream_timeout"),
    UPSTREAM_UNAVAILABLE("upstream_unavailable"),
    SIGNATURE_INVALID("signature_invalid"),
    EVENT_MALFORMED("event_malformed"),
    EVENT_STALE("event_stale"),
    STORAGE_UNAVAILABLE("storage_unavailable"),
    OWNER_RATE_LIMITED("owner_rate_limited");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The wire form, e.g. {@code invalid_request}. */
    public String code() {
        return code;
    }
}
