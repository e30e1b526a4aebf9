package dev.connect.domain.service.event;

import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.port.in.event.PurgeWebhookInboxUseCase;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import java.time.Instant;
import java.util.Objects;

/** Purges inbox keys older than the freshness window (never younger), so the inbox does not grow without bound. */
public final class PurgeWebhookInboxService implements PurgeWebhookInboxUseCase {

    private final WebhookInboxPort ledger;
    private final WebhookFreshness freshness;

    public PurgeWebhookInboxService(WebhookInboxPort ledger, WebhookFreshness freshness) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    @Override
    public int purge(Instant now) {
        return ledger.purgeRecordedBefore(freshness.purgeCutoff(Objects.requireNonNull(now, "now")));
    }
}
