package dev.connect.domain.fakes;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A decoder for service and contract tests: a delivery is "signed" when it carries {@value #SIGNATURE_HEADER}:
 * {@value #VALID}, and its body is a ticket for an event registered with {@link #deliveryOf}; any other signed body
 * is malformed.
 */
public final class FakeAccountEventDecoder implements AccountEventDecoderPort {

    public static final String SIGNATURE_HEADER = "X-Test-Signature";
    public static final String VALID = "valid";

    private final Map<String, AccountEvent> events = new ConcurrentHashMap<>();
    private final AtomicLong tickets = new AtomicLong();

    /** A signed delivery of {@code event} arriving at {@code receivedAt}. Each call gives a new body. */
    public WebhookDelivery deliveryOf(AccountEvent event, Instant receivedAt) {
        String ticket = "event-" + tickets.incrementAndGet();
        events.put(ticket, event);
        return WebhookDelivery.of(ticket.getBytes(StandardCharsets.UTF_8), Map.of(SIGNATURE_HEADER, VALID), receivedAt);
    }

    /** A signed delivery whose body is not an event. */
    public static WebhookDelivery malformed(String body, Instant receivedAt) {
        return WebhookDelivery.of(body.getBytes(StandardCharsets.UTF_8), Map.of(SIGNATURE_HEADER, VALID), receivedAt);
    }

    /** An unsigned delivery. */
    public static WebhookDelivery unsigned(String body, Instant receivedAt) {
        return WebhookDelivery.of(body.getBytes(StandardCharsets.UTF_8), Map.of(), receivedAt);
    }

    @Override
    public AccountEvent decode(WebhookDelivery delivery) {
        if (!delivery.header(SIGNATURE_HEADER).filter(VALID::equals).isPresent()) {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID, "missing or invalid signature");
        }
        AccountEvent event = events.get(new String(delivery.body(), StandardCharsets.UTF_8));
        if (event == null) {
            throw new WebhookRejectedException(ErrorCode.EVENT_MALFORMED, "body is not an account event");
        }
        return event;
    }
}
