package dev.connect.adapters.jdbc;

import dev.connect.domain.fakes.FakeAccountEventDecoder;
import dev.connect.domain.model.authlink.AuthLinkRules;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Command;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import java.time.Instant;
import java.util.List;

/** The real intake service on a database, with the fake decoder: deliveries as StackOne would send them. */
final class Deliveries {

    static final Instant NOW = Instant.parse("2026-11-20T13:00:00Z");

    private final FakeAccountEventDecoder decoder = new FakeAccountEventDecoder();
    private final ReceiveAccountEventService service;

    Deliveries(JdbcDatabase database) {
        this.service = new ReceiveAccountEventService(decoder, database.webhookInbox(), List.of(),
                WebhookFreshness.DEFAULT);
    }

    Result deliver(AccountEvent event) {
        return service.receive(new Command(decoder.deliveryOf(event.resentAt(NOW.minusSeconds(5)), NOW)));
    }

    ReceiveAccountEventService service() {
        return service;
    }

    /** The event as the intake hands it to the inbox's batch, received {@link #NOW}, with the domain's decisions. */
    static PendingRecording pending(AccountEvent event) {
        return new PendingRecording(event, NOW, AccountEventRules.transitionFor(event, NOW),
                AuthLinkRules.transitionFor(event, NOW));
    }
}
