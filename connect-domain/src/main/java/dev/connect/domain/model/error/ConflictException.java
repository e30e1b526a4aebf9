package dev.connect.domain.model.error;

/** The request contradicts the current state (StackOne's 409). */
public final class ConflictException extends ConnectException {

    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
