package dev.connect.domain.model;

/** The shared rules of the value objects, so that each states its own limits in one line. */
final class Checks {

    private Checks() {
    }

    /** A non-blank string of at most {@code max} characters, returned unchanged. */
    static String boundedText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + " must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(field, field + " must not contain control characters");
        }
        return value;
    }
}
