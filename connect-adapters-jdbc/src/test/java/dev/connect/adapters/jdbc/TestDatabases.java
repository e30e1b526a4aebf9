package dev.connect.adapters.jdbc;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Every database connect runs on, each a fresh one: the arguments of tests that must hold on all of them. */
final class TestDatabases {

    private TestDatabases() {
    }

    static Stream<Arguments> all() {
        return Stream.concat(
                Stream.of(Arguments.of(Named.of("SQLite",
                        (Supplier<JdbcSettings>) () -> SqliteFiles.settings(SqliteFiles.newPath())))),
                PooledConnectionRotationTest.databases());
    }
}
