package dev.connect.domain.model.error;

/**
 * Root of the failures the domain reports. Each carries a stable {@link ErrorCode}; messages are written for
 * the caller and never contain secrets (keys, tokens, signatures, credentials).
 */
public abstract sealed class ConnectException extends RuntimeException
        permits InvalidRequestException, NotPermittedException, NotFoundException, ConflictException,
                UpstreamException, WebhookRejectedException, StorageUnavailableException,
                OwnerRateLimitedException {

    private final ErrorCode code;

    protected ConnectException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    protected ConnectException(ErrorCode code, String message, Throwable cause) {
        super(message, cause, false, true);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
