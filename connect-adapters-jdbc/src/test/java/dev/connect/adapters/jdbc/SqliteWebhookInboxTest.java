package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.WebhookInboxContract;

/** The ledger contract on the embedded default: a SQLite file. */
class SqliteWebhookInboxTest extends WebhookInboxContract {

    private JdbcDatabase database;

    @Override
    protected Stores openStores() {
        database = JdbcDatabase.open(SqliteFiles.settings(SqliteFiles.newPath()));
        return new Stores(database.webhookInbox(), database.linkedAccounts());
    }

    @Override
    protected void closeStores() {
        database.close();
    }
}
