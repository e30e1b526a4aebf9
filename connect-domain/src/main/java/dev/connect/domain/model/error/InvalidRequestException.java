package dev.connect.domain.model.error;

import java.util.Optional;

/** Input that breaks a rule of the model. Names the offending field so the caller can fix it. */
public final class InvalidRequestException extends ConnectException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(ErrorCode.INVALID_REQUEST, message);
        this.field = field;
    }

    /** The offending field, in the caller's vocabulary (e.g. {@code provider}, {@code metadata}). */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
