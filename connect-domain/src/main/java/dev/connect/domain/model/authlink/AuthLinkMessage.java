package dev.connect.domain.model.authlink;

import dev.connect.domain.model.error.InvalidRequestException;

/**
 * The operator's own words for the recipient, put into the body of the e-mail (never into a header): up to
 * {@value #MAX_LENGTH} characters, line breaks and tabs allowed, no other control characters.
 */
public record AuthLinkMessage(String value) {

    public static final int MAX_LENGTH = 2000;

    public AuthLinkMessage {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("message", "message must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("message", "message must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidRequestException("message", "message must not contain control characters");
        }
    }
}
