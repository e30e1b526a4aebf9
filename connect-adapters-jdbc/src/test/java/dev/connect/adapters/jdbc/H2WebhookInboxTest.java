package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.WebhookInboxContract;

/** The ledger contract on H2 in PostgreSQL mode, the embedded default of earlier versions. */
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
