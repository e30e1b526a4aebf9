package dev.connect.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a database refuse some rows, as a broken or stricter schema would: a {@code CHECK} constraint added to the
 * table on PostgreSQL and H2; on SQLite, which cannot add one to an existing table, a trigger that aborts the insert
 * (both fail as an integrity violation, SQLState class 23). Inserts only: the tests refuse new rows.
 */
final class Refusals {

    private final Connection operator;
    private final boolean sqlite;

    Refusals(Connection operator, JdbcSettings settings) {
        this.operator = operator;
        this.sqlite = settings.dialect() == Dialect.SQLITE;
    }

    /** From now on, a row of {@code table} is refused unless {@code condition} holds for it. */
    void refuse(String table, String name, String condition) throws SQLException {
        try (Statement statement = operator.createStatement()) {
            statement.execute(sqlite
                    ? "CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " WHEN NOT (" + condition.replace(
                            "account_id", "NEW.account_id") + ") BEGIN SELECT RAISE(ABORT, 'refused'); END"
                    : "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + condition + ")");
        }
    }

    void allowAgain(String table, String name) throws SQLException {
        try (Statement statement = operator.createStatement()) {
            statement.execute(sqlite ? "DROP TRIGGER " + name : "ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
    }
}
