package dev.connect.adapters.jdbc;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;

/** Fresh H2 database files under {@code target/h2-tests}, in the same mode as the embedded default. */
final class H2Files {

    private H2Files() {
    }

    static Path newPath() {
        return Paths.get("target", "h2-tests", UUID.randomUUID().toString()).toAbsolutePath();
    }

    static JdbcSettings settings(Path path) {
        JdbcSettings file = JdbcSettings.h2File(path.toString());
        return new JdbcSettings(file.url(), file.user(), file.password(), 10, java.time.Duration.ofSeconds(2));
    }
}
