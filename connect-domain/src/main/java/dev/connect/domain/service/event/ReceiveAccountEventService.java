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
import dev.connect.domain.port.out.event.WebhookRejectionCounterPort;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The account-webhook intake: signature and decoding (decoder port), the freshness window, then the inbox and the
 * registry in one transaction (ledger port), with the auth links the event completes, and only after the commit the
 * listeners.
 */
public final class ReceiveAccountEventService implements ReceiveAccountEventUseCase {

    private final AccountEventDecoderPort decoder;
    private final WebhookInboxPort ledger;
    private final WebhookRejectionCounterPort rejections;
    private final List<AccountEventListenerPort> listeners;
    private final WebhookFreshness freshness;
    private final AtomicLong listenerFailures = new AtomicLong();

    public ReceiveAccountEventService(AccountEventDecoderPort decoder, WebhookInboxPort ledger,
                                      WebhookRejectionCounterPort rejections, List<AccountEventListenerPort> listeners,
                                      WebhookFreshness freshness) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
        this.listeners = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    @Override
    public Result receive(Command command) {
        WebhookDelivery delivery = command.delivery();
        Instant receivedAt = delivery.receivedAt();
        AccountEvent event = decode(delivery);
        try {
            freshness.check(event.sentAt(), receivedAt);
        } catch (WebhookRejectedException stale) {
            countQuietly(stale.code(), receivedAt);
            throw stale;
        }
        if (ledger.isRecorded(event.deduplicationKey())) {
            return new Result.Duplicate(event);
        }
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

    private AccountEvent decode(WebhookDelivery delivery) {
        try {
            return decoder.decode(delivery);
        } catch (WebhookRejectedException rejected) {
            if (rejected.code() == ErrorCode.EVENT_MALFORMED) {
                // the decoder checks the signature first, so this body is authentic: keep it for inspection
                ledger.recordRejected(new RejectedDelivery(delivery.receivedAt(), rejected.code(),
                        rejected.getMessage(), delivery.body()));
            } else {
                countQuietly(rejected.code(), delivery.receivedAt());
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

    private void countQuietly(ErrorCode reason, Instant at) {
        try {
            rejections.countRejection(reason, at);
        } catch (RuntimeException ignored) {
            // counting is best effort: the rejection stands either way
        }
    }
}
