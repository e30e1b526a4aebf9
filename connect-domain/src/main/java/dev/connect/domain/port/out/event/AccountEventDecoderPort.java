package dev.connect.domain.port.out.event;

import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.WebhookDelivery;

/**
 * Verifies a webhook delivery's signature and then decodes its body (StackOne adapter: HMAC-SHA256 against every
 * configured secret, then JSON).
 *
 * <p>The order is part of the contract: {@link dev.connect.domain.model.error.ErrorCode#EVENT_MALFORMED} is only ever raised
 * for a delivery whose signature was valid, so the intake may keep it for inspection.
 */
public interface AccountEventDecoderPort {

    /**
     * @throws dev.connect.domain.model.error.WebhookRejectedException {@code SIGNATURE_INVALID} when the signature header is
     *         missing or matches no configured secret; {@code EVENT_MALFORMED} (naming the field) when the signed body
     *         is not a valid account event
     */
    AccountEvent decode(WebhookDelivery delivery);
}
