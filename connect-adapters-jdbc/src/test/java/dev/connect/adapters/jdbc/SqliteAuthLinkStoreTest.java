package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.contract.AuthLinkStoreContract;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.authlink.AuthLink;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The auth-link contract on the embedded default: a SQLite file; and links survive a restart. */
class SqliteAuthLinkStoreTest extends AuthLinkStoreContract {

    private Path file;
    private JdbcDatabase database;

    @Override
    protected Stores openStores() {
        file = SqliteFiles.newPath();
        database = JdbcDatabase.open(SqliteFiles.settings(file));
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

        database = JdbcDatabase.open(SqliteFiles.settings(file));

        assertThat(database.authLinks().findById(link.id())).contains(link);
    }
}
