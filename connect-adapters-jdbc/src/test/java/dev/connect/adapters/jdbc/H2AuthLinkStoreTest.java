package dev.connect.adapters.jdbc;

/**
 * The auth-link contract on H2 in PostgreSQL mode, the embedded default of earlier versions; and links survive a
 * restart.
 */
class H2AuthLinkStoreTest extends EmbeddedAuthLinkStoreTest {

    @Override
    protected JdbcSettings newFile() {
        return H2Files.settings(H2Files.newPath());
    }
}
