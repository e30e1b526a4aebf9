package dev.connect.domain.fakes;

import dev.connect.domain.contract.AuthLinkStoreContract;

/** The fake is held to the same contract as the real stores. */
class InMemoryAuthLinkStoreTest extends AuthLinkStoreContract {

    @Override
    protected Stores openStores() {
        InMemoryAuthLinkStore links = new InMemoryAuthLinkStore();
        return new Stores(new InMemoryWebhookInbox(links), links);
    }
}
