package dev.connect.domain.model.error;

/** A well-formed request that this deployment's policy does not allow (e.g. a provider outside the allow-list). */
public final class NotPermittedException extends ConnectException {

    public NotPermittedException(String message) {
        super(ErrorCode.NOT_PERMITTED, message);
    }
}
