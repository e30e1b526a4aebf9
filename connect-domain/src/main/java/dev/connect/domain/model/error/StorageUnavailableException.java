package dev.connect.domain.model.error;

/** The durable store could not be reached or did not commit; nothing was half-written and a retry is safe. */
public final class StorageUnavailableException extends ConnectException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(ErrorCode.STORAGE_UNAVAILABLE, message, cause);
    }
}
