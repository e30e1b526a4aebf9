package dev.connect.domain.model.error;

/** Something the caller named does not exist, or does not exist for the caller's owner: both read the same. */
public final class NotFoundException extends ConnectException {

    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
