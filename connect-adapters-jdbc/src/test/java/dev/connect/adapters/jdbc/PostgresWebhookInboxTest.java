package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.WebhookInboxContract;

/**
 * The ledger contract on a real PostgreSQL: the embedded one the tests start, or {@code CONNECT_TEST_POSTGRES_URL}.
 * Each test gets a fresh schema.
 */
class PostgresWebhookInboxTest extends WebhookInboxContract {

    private JdbcDatabase database;

    @Override
    protected Stores openStores() {
        database = JdbcDatabase.open(TestPostgres.shared().newSchema(10));
        return new Stores(database.webhookInbox(), database.linkedAccounts());
    }

    @Override
    protected void closeStores() {
        database.close();
    }
}
