package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.LinkedAccountRegistryContract;

/** The registry contract on the embedded default: an H2 file in PostgreSQL mode. */
class H2LinkedAccountRegistryTest extends LinkedAccountRegistryContract {

    private JdbcDatabase database;

    @Override
    protected Registry openRegistry() {
        database = JdbcDatabase.open(H2Files.settings(H2Files.newPath()));
        return new Registry(database.webhookInbox(), database.linkedAccounts(), database.linkedAccounts());
    }

    @Override
    protected void closeRegistry() {
        database.close();
    }
}
