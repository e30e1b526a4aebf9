package dev.connect.adapters.jdbc;

import dev.connect.domain.contract.LinkedAccountRegistryContract;

/** The registry contract on H2 in PostgreSQL mode, the embedded default of earlier versions. */
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
