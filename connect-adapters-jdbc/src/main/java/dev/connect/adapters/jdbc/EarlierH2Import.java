package dev.connect.adapters.jdbc;

import dev.connect.domain.model.error.StorageUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the embedded database of an earlier version (H2, {@code connect.mv.db}) into the SQLite file that replaced it
 * as the default ({@code connect.db} beside it), once, before that file is first opened: an upgrade keeps its
 * registry, inbox and auth links. The copy is written to {@code connect.db.importing} and renamed only when complete,
 * so a start interrupted half-way imports again from the start; the H2 file is then renamed
 * {@code connect.mv.db.imported}, kept, and no longer read.
 */
final class EarlierH2Import {

    static final String SQLITE_NAME = "connect.db";
    static final String H2_NAME = "connect.mv.db";
    static final String IMPORTED_SUFFIX = ".imported";
    /** In an order that satisfies any reference between them; none has a foreign key today. */
    private static final List<String> TABLES =
            List.of("linked_account", "webhook_inbox", "webhook_rejected", "auth_link");
    private static final int BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(EarlierH2Import.class);

    private EarlierH2Import() {
    }

    /** Imports when {@code settings} name a SQLite {@code connect.db}, not there yet, beside an H2 file. */
    static void runIfDue(JdbcSettings settings) {
        Optional<Path> target = settings.sqliteFile().map(Path::toAbsolutePath);
        if (target.isEmpty() || !target.get().getFileName().toString().equals(SQLITE_NAME)
                || Files.exists(target.get()) || !Files.exists(target.get().resolveSibling(H2_NAME))) {
            return;
        }
        Path sqlite = target.get();
        Path h2 = sqlite.resolveSibling(H2_NAME);
        Path importing = sqlite.resolveSibling(SQLITE_NAME + ".importing");
        try {
            deleteDatabaseFiles(importing);
            JdbcSettings from = JdbcSettings.h2File(sqlite.resolveSibling("connect").toString());
            JdbcDatabase.open(from).close(); // brings the H2 schema to this build's version first
            JdbcDatabase.open(JdbcSettings.sqliteFile(importing)).close(); // the SQLite schema
            Map<String, Integer> copied = copy(from, importing);
            Files.move(importing, sqlite, StandardCopyOption.ATOMIC_MOVE);
            Files.move(h2, h2.resolveSibling(H2_NAME + IMPORTED_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("moved the H2 database of an earlier version into SQLite, {}: rows by table {}; the H2 file "
                    + "is kept as {}{} and no longer read", sqlite.getFileName(), copied, H2_NAME, IMPORTED_SUFFIX);
        } catch (IOException | SQLException | RuntimeException failure) {
            try {
                deleteDatabaseFiles(importing);
            } catch (IOException ignored) {
                // the next start deletes it before it imports again
            }
            throw new StorageUnavailableException("cannot move the H2 database of an earlier version ("
                    + h2.getFileName() + ") into SQLite (" + sqlite.getFileName() + "); the H2 file is kept where it "
                    + "is. Start with CONNECT_DATABASE_URL set to it to go on with H2: "
                    + JdbcDatabase.describe(failure), null);
        }
    }

    private static Map<String, Integer> copy(JdbcSettings from, Path importing) throws SQLException {
        Map<String, Integer> copied = new LinkedHashMap<>();
        try (Connection source = DriverManager.getConnection(from.url(), from.user(), from.password());
             Connection target = DriverManager.getConnection(JdbcSettings.sqliteFile(importing).url())) {
            target.setAutoCommit(false);
            for (String table : TABLES) {
                copied.put(table, copyTable(source, target, table));
            }
            target.commit();
            target.setAutoCommit(true);
            try (Statement statement = target.createStatement()) {
                statement.execute("PRAGMA journal_mode=DELETE"); // everything in the one file before it is renamed
            }
        }
        return copied;
    }

    /** Copies every row, column by column as SQLite's table has them; instants become SQLite's microseconds. */
    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet empty = statement.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        }
        String list = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        int rows = 0;
        try (Statement select = source.createStatement();
             ResultSet read = select.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement insert = target.prepareStatement(
                     "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            ResultSetMetaData meta = read.getMetaData();
            while (read.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    if (meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE) {
                        Dialect.SQLITE.setOptionalInstant(insert, i,
                                Optional.ofNullable(Dialect.H2.getInstant(read, columns.get(i - 1))));
                    } else {
                        insert.setObject(i, read.getObject(i));
                    }
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static void deleteDatabaseFiles(Path database) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
        }
    }
}
