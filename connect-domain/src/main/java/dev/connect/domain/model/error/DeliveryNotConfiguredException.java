package dev.connect.domain.model.error;

/** Auth links cannot be delivered here: no mail server is configured, and there is no outbox to keep them. */
public final class DeliveryNotConfiguredException extends ConnectException {

    public DeliveryNotConfiguredException(String message) {
        super(ErrorCode.MAIL_NOT_CONFIGURED, message);
    }
}
