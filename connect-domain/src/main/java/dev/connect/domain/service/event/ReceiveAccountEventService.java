package dev.connect.domain.service.event;

import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkRules;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The account-webhook intake: signature and decoding (decoder port), the freshness window, then the inbox and the
 * registry in one transaction (ledger port), with the auth links the event completes, and only after the commit the
 * listeners.
 *
 * <p>A delivery refused before it is decoded or as stale costs nothing durable: it is counted here, in memory, by
 * reason, so that nobody without a signing secret can make the database do work.
 */
public final class ReceiveAccountEventService implements ReceiveAccountEventUseCase {

    private final AccountEventDecoderPort decoder;
    private final WebhookInboxPort ledger;
    private final List<AccountEventListenerPort> listeners;
    private final WebhookFreshness freshness;
    private final AtomicLong listenerFailures = new AtomicLong();
    private final Map<ErrorCode, LongAdder> rejections = new EnumMap<>(ErrorCode.class);

    public ReceiveAccountEventService(AccountEventDecoderPort decoder, WebhookInboxPort ledger,
                                      List<AccountEventListenerPort> listeners, WebhookFreshness freshness) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.listeners = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        for (ErrorCode refusal : List.of(ErrorCode.SIGNATURE_INVALID, ErrorCode.EVENT_STALE)) {
            rejections.put(refusal, new LongAdder());
        }
    }

    @Override
    public Result receive(Command command) {
        WebhookDelivery delivery = command.delivery();
        Instant receivedAt = delivery.receivedAt();
        AccountEvent event = decode(delivery);
        try {
            freshness.check(event.sentAt(), receivedAt);
        } catch (WebhookRejectedException stale) {
            count(stale.code());
            throw stale;
        }
        // No look-up first: the store answers Duplicate itself, inside the transaction that would repeat the check.
        Recording recording = ledger.record(event, receivedAt, AccountEventRules.transitionFor(event, receivedAt),
                AuthLinkRules.transitionFor(event, receivedAt));
        if (recording instanceof Recording.Recorded recorded) {
            Result result = resultOf(event, recorded.application());
            recorded.links().forEach(this::notifyListeners);
            return result;
        }
        return new Result.Duplicate(event);
    }

    /** How many listener calls threw since start-up (they are swallowed; see {@link AccountEventListenerPort}). */
    public long listenerFailures() {
        return listenerFailures.get();
    }

    /**
     * How many deliveries were refused for this reason since start-up without anything being stored: unsigned or
     * forged ({@code SIGNATURE_INVALID}) and stale ({@code EVENT_STALE}); zero for any other code. Malformed signed
     * deliveries are not counted here: they are kept in the inbox as rejected.
     */
    public long rejections(ErrorCode reason) {
        LongAdder count = rejections.get(Objects.requireNonNull(reason, "reason"));
        return count == null ? 0 : count.sum();
    }

    private AccountEvent decode(WebhookDelivery delivery) {
        try {
            return decoder.decode(delivery);
        } catch (WebhookRejectedException rejected) {
            if (rejected.code() == ErrorCode.EVENT_MALFORMED) {
                // the decoder checks the signature first, so this body is authentic: keep it for inspection
                ledger.recordRejected(new RejectedDelivery(delivery.receivedAt(), rejected.code(),
                        rejected.getMessage(), delivery.body()));
            } else {
                count(rejected.code());
            }
            throw rejected;
        }
    }

    private Result resultOf(AccountEvent event, EventApplication application) {
        switch (application.outcome()) {
            case APPLIED -> {
                LinkedAccountRecord after = application.after().orElseThrow();
                notifyListeners(event, after);
                return new Result.Applied(event, after.account());
            }
            case OUTDATED -> {
                return new Result.Outdated(event, application.after().map(LinkedAccountRecord::account));
            }
            case IGNORED -> {
                return new Result.Ignored(event);
            }
            default -> throw new IllegalStateException("unexpected outcome " + application.outcome());
        }
    }

    private void notifyListeners(AccountEvent event, LinkedAccountRecord after) {
        for (AccountEventListenerPort listener : listeners) {
            try {
                listener.onApplied(event, after.account());
            } catch (RuntimeException failure) {
                listenerFailures.incrementAndGet();
            }
        }
    }

    private void notifyListeners(AuthLinkChange change) {
        for (AccountEventListenerPort listener : listeners) {
            try {
                listener.onAuthLinkChanged(change);
            } catch (RuntimeException failure) {
                listenerFailures.incrementAndGet();
            }
        }
    }

    private void count(ErrorCode reason) {
        LongAdder count = rejections.get(reason);
        if (count != null) {
            count.increment();
        }
    }
}
