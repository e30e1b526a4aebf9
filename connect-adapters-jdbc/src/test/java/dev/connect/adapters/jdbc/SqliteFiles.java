package dev.connect.adapters.jdbc;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.UUID;

/** Fresh SQLite database files under {@code target/sqlite-tests}, with the embedded default's settings. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    static Path newPath() {
        return Paths.get("target", "sqlite-tests", UUID.randomUUID() + ".db").toAbsolutePath();
    }

    static JdbcSettings settings(Path path) {
        JdbcSettings file = JdbcSettings.sqliteFile(path);
        return new JdbcSettings(file.url(), file.user(), file.password(), 10, Duration.ofSeconds(2));
    }
}
