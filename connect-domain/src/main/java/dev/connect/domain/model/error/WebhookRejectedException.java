package dev.connect.domain.model.error;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** An inbound webhook delivery that is refused: unsigned or forged, malformed, or outside the freshness window. */
public final class WebhookRejectedException extends ConnectException {

    private static final Set<ErrorCode> WEBHOOK_CODES =
            EnumSet.of(ErrorCode.SIGNATURE_INVALID, ErrorCode.EVENT_MALFORMED, ErrorCode.EVENT_STALE);

    public WebhookRejectedException(ErrorCode code, String message) {
        super(requireWebhook(code), message);
    }

    private static ErrorCode requireWebhook(ErrorCode code) {
        Objects.requireNonNull(code, "code");
        if (!WEBHOOK_CODES.contains(code)) {
            throw new IllegalArgumentException("not a webhook code: " + code);
        }
        return code;
    }
}
