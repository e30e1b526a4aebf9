package dev.connect.domain.service;

import dev.connect.domain.model.WebhookFreshness;
import dev.connect.domain.port.in.PurgeWebhookInboxUseCase;
import dev.connect.domain.port.out.AccountEventLedgerPort;
import java.time.Instant;
import java.util.Objects;

/** Purges inbox keys older than the freshness window (never younger), so the inbox does not grow without bound. */
public final class PurgeWebhookInboxService implements PurgeWebhookInboxUseCase {

    private final AccountEventLedgerPort ledger;
    private final WebhookFreshness freshness;

    public PurgeWebhookInboxService(AccountEventLedgerPort ledger, WebhookFreshness freshness) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    @Override
    public int purge(Instant now) {
        return ledger.purgeRecordedBefore(freshness.purgeCutoff(Objects.requireNonNull(now, "now")));
    }
}
