package dev.connect.domain.fakes;

import dev.connect.domain.contract.WebhookInboxContract;

/** The fake holds to the same contract as the real stores, so service tests on it mean something. */
class InMemoryWebhookInboxTest extends WebhookInboxContract {

    @Override
    protected Stores openStores() {
        InMemoryWebhookInbox ledger = new InMemoryWebhookInbox();
        return new Stores(ledger, ledger);
    }
}
