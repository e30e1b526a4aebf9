package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.AuthLinkStoreContract;

/** The auth-link contract on a real PostgreSQL, each test in a fresh schema. */
class PostgresAuthLinkStoreTest extends AuthLinkStoreContract {

    private JdbcDatabase database;

    @Override
    protected Stores openStores() {
        database = JdbcDatabase.open(TestPostgres.shared().newSchema(10));
        return new Stores(database.webhookInbox(), database.authLinks());
    }

    @Override
    protected void closeStores() {
        database.close();
    }
}
