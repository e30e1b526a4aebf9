package dev.connect.domain.fakes;

import dev.connect.domain.contract.LinkedAccountRegistryContract;

/** The fake holds itself to the registry contract, so that service tests on it mean something. */
class InMemoryLinkedAccountRegistryTest extends LinkedAccountRegistryContract {

    @Override
    protected Registry openRegistry() {
        InMemoryWebhookInbox inbox = new InMemoryWebhookInbox();
        return new Registry(inbox, inbox, inbox);
    }
}
