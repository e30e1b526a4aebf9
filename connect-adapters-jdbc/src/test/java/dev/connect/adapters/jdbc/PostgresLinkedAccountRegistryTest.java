package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.LinkedAccountRegistryContract;

/** The registry contract on a real PostgreSQL, a fresh schema per test. */
class PostgresLinkedAccountRegistryTest extends LinkedAccountRegistryContract {

    private JdbcDatabase database;

    @Override
    protected Registry openRegistry() {
        database = JdbcDatabase.open(TestPostgres.shared().newSchema(4));
        return new Registry(database.webhookInbox(), database.linkedAccounts(), database.linkedAccounts());
    }

    @Override
    protected void closeRegistry() {
        database.close();
    }
}
