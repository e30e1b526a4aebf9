package dev.connect.adapters.jdbc;

/** The auth-link contract on the embedded default: a SQLite file; and links survive a restart. */
class SqliteAuthLinkStoreTest extends EmbeddedAuthLinkStoreTest {

    @Override
    protected JdbcSettings newFile() {
        return SqliteFiles.settings(SqliteFiles.newPath());
    }
}
