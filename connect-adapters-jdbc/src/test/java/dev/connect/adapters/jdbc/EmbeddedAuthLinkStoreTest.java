package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.contract.AuthLinkStoreContract;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.authlink.AuthLink;
import org.junit.jupiter.api.Test;

/** The auth-link contract on an embedded database file; and links survive a restart of the file. */
abstract class EmbeddedAuthLinkStoreTest extends AuthLinkStoreContract {

    private JdbcSettings file;
    private JdbcDatabase database;

    /** The settings of a fresh database file. */
    protected abstract JdbcSettings newFile();

    @Override
    protected Stores openStores() {
        file = newFile();
        database = JdbcDatabase.open(file);
        return new Stores(database.webhookInbox(), database.authLinks());
    }

    @Override
    protected void closeStores() {
        database.close();
    }

    @Test
    void aLinkSurvivesARestart() {
        AuthLink link = TestLinks.pending().provider("hibob").message("hi").build().revoked(T0.plusSeconds(3));
        stores.links().insert(link);
        database.close();

        database = JdbcDatabase.open(file);

        assertThat(database.authLinks().findById(link.id())).contains(link);
    }
}
