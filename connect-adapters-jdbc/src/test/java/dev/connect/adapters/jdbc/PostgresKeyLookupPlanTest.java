package dev.connect.adapters.jdbc;

import static dev.connect.adapters.jdbc.Deliveries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fresh install's first burst: the intake's lookups by a list of keys (which inbox keys are recorded, which accounts
 * exist) first run on empty tables, and must still use the indexes once the tables have grown. PostgreSQL keeps a
 * generic plan for a server-prepared statement after five executions; one chosen on an empty table is a sequential
 * scan, and it stays until the table is analysed (autovacuum looks at most once a minute, and here it is off for the
 * two tables so that it cannot rescue the plan). Measured when that happened: 4 to 5 ms per lookup on 17,000 rows, the
 * limit of the whole intake. The lookups do keep one plan per connection (planning them each time cost more than
 * running them), made with sequential scans off, so that it is the index's ({@link Pipeline#PLAN_ONCE}).
 */
class PostgresKeyLookupPlanTest {

    private static final int GROWN = 20_000;

    @Test
    void lookupsByKeyUseTheIndexesAfterTheTablesGrewUnderThem() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        int delivered = 0;
        try (JdbcDatabase database = JdbcDatabase.open(settings)) {
            withoutAutovacuum(settings); // before any plan is made: changing a table's options discards its plans
            Deliveries deliveries = new Deliveries(database);
            for (int i = 0; i < 60; i++, delivered++) { // on nearly empty tables: enough for generic plans
                assertThat(deliveries.deliver(TestEvents.created().account("acc-early-" + i).build()))
                        .isInstanceOf(Result.Applied.class);
            }
            grow(settings);
            for (int i = 0; i < 40; i++, delivered++) {
                assertThat(deliveries.deliver(TestEvents.created().account("acc-late-" + i).build()))
                        .isInstanceOf(Result.Applied.class);
            }
        }
        // the pool is closed: its backends exit and report their statistics, with the inserts they made
        awaitInserted(settings, "webhook_inbox", GROWN + delivered);
        awaitInserted(settings, "linked_account", GROWN + delivered);
        assertThat(sequentiallyRead(settings, "webhook_inbox"))
                .as("rows of webhook_inbox read by sequential scans (one scan of the grown table reads %d)", GROWN)
                .isLessThan(GROWN);
        assertThat(sequentiallyRead(settings, "linked_account"))
                .as("rows of linked_account read by sequential scans (one scan of the grown table reads %d)", GROWN)
                .isLessThan(GROWN);
    }

    /**
     * Planning the batch's lookups at each run cost PostgreSQL more than running them (0.31 against 0.10 ms a batch),
     * so a connection plans each once and keeps the plan: after the driver's first runs (it prepares a statement on
     * the server at the fifth), every run takes the generic plan and none is planned for its keys.
     */
    @Test
    void eachConnectionPlansTheLookupsOnceAndRunsThemOnThatPlan() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        int batches = 12;
        try (JdbcDatabase database = JdbcDatabase.open(settings); Connection connection = connect(settings)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < batches; i++) {
                InboxBatch.write(Dialect.POSTGRESQL, connection, List.of(
                        pending(TestEvents.created().account("acc-" + i + "-a").build()),
                        pending(TestEvents.created().account("acc-" + i + "-b").build())));
                connection.commit();
            }
            connection.setAutoCommit(true);
            Map<String, long[]> plans = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT statement, generic_plans, custom_plans "
                         + "FROM pg_prepared_statements WHERE statement LIKE '%= ANY(%'")) {
                while (rows.next()) {
                    plans.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            assertThat(plans.keySet()).as("the lookups this session prepared on the server")
                    .anyMatch(sql -> sql.contains("FROM webhook_inbox"))
                    .anyMatch(sql -> sql.contains("FROM linked_account"))
                    .anyMatch(sql -> sql.contains("FROM auth_link"));
            plans.forEach((sql, counts) -> {
                assertThat(counts[1]).as("runs planned for their keys: %s", sql).isZero();
                assertThat(counts[0]).as("runs on the generic plan: %s", sql).isGreaterThanOrEqualTo(batches - 4);
            });
        }
    }

    /** The settings hold for a transaction only: outside one they would do nothing, and the plans made be kept. */
    @Test
    void lookupsOutsideATransactionAreRefusedBeforeAnythingIsSent() throws Exception {
        JdbcSettings settings = TestPostgres.shared().newSchema(2);
        try (JdbcDatabase database = JdbcDatabase.open(settings); Connection connection = connect(settings)) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> InboxBatch.write(Dialect.POSTGRESQL, connection,
                    List.of(pending(TestEvents.created().account("acc-outside").build()))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
            assertThat(database.linkedAccounts().findById(new AccountId("acc-outside"))).isEmpty();
        }
    }

    private static void withoutAutovacuum(JdbcSettings settings) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE webhook_inbox SET (autovacuum_enabled = false)");
            statement.execute("ALTER TABLE linked_account SET (autovacuum_enabled = false)");
        }
    }

    /** Rows written behind the intake's back, as a burst would, without an ANALYZE. */
    private static void grow(JdbcSettings settings) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO linked_account (account_id, provider, state, created_at, updated_at, "
                    + "last_event_type, last_event_date, last_event_order) SELECT 'acc-grown-' || n, 'hibob', 'linked', "
                    + "now(), now(), 'account.created', now(), n FROM generate_series(1, " + GROWN + ") AS n");
            statement.execute("INSERT INTO webhook_inbox (dedup_key, event_type, account_id, provider, project_id, "
                    + "event_date, sent_at, received_at, outcome) SELECT md5('grown-' || n), 'account.created', "
                    + "'acc-grown-' || n, 'hibob', 'p1', now(), now(), now(), 'applied' "
                    + "FROM generate_series(1, " + GROWN + ") AS n");
        }
    }

    private static void awaitInserted(JdbcSettings settings, String table, long rows) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long inserted;
        while ((inserted = statistic(settings, table, "n_tup_ins")) < rows && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(inserted).as("rows inserted into %s, as reported by PostgreSQL's statistics", table)
                .isEqualTo(rows);
    }

    private static long sequentiallyRead(JdbcSettings settings, String table) throws SQLException {
        return statistic(settings, table, "seq_tup_read");
    }

    private static long statistic(JdbcSettings settings, String table, String column) throws SQLException {
        try (Connection connection = connect(settings);
             PreparedStatement select = connection.prepareStatement("SELECT " + column
                     + " FROM pg_stat_user_tables WHERE relname = ? AND schemaname = current_schema()")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("statistics of %s", table).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(JdbcSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}
