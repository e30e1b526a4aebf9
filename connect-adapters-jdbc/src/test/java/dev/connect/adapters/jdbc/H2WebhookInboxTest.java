package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.WebhookInboxContract;

/** The ledger contract on the embedded default: an H2 file in PostgreSQL mode. */
class H2WebhookInboxTest extends WebhookInboxContract {

    private JdbcDatabase database;

    @Override
    protected Stores openStores() {
        database = JdbcDatabase.open(H2Files.settings(H2Files.newPath()));
        return new Stores(database.webhookInbox(), database.linkedAccounts());
    }

    @Override
    protected void closeStores() {
        database.close();
    }
}
