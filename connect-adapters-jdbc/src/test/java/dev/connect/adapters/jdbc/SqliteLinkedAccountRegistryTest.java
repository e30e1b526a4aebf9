package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.LinkedAccountRegistryContract;

/** The registry contract on the embedded default: a SQLite file. */
class SqliteLinkedAccountRegistryTest extends LinkedAccountRegistryContract {

    private JdbcDatabase database;

    @Override
    protected Registry openRegistry() {
        database = JdbcDatabase.open(SqliteFiles.settings(SqliteFiles.newPath()));
        return new Registry(database.webhookInbox(), database.linkedAccounts(), database.linkedAccounts());
    }

    @Override
    protected void closeRegistry() {
        database.close();
    }
}
