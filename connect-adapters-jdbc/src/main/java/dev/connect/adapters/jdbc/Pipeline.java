package dev.connect.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Statements run in one go, in the order they were added, each handing its rows or its count to its own reader.
 *
 * <p>On PostgreSQL they are sent as one message and answered together: one round trip for all of them. That is what
 * the webhook inbox's batch transaction waits on. Measured in its transaction on the loaded two-core machine of
 * {@code docs/benchmarks.md}: about 0.9 ms per round trip, while each statement's own work in the database is tens of
 * microseconds. H2 and SQLite run inside the process, where a statement costs no trip: there each statement is prepared
 * and run alone, in turn. Either way the first failure stops the rest and is thrown as the database gave it.
 *
 * <p>On PostgreSQL a pipeline's queries are planned once per connection, not at each run: the driver prepares a
 * statement on the server at its fifth run (each message text is one statement to it), and {@link #PLAN_ONCE} makes
 * PostgreSQL keep one generic plan for it. Planning each run cost more than running: in the intake's batch, PostgreSQL
 * spent 0.31 ms planning its three lookups and 0.10 ms running them ({@code pg_stat_statements}); planned once, the
 * database's CPU per event fell from about 420 to 220 µs. The trap of a generic plan is one made while a table was
 * nearly empty (a fresh install's first burst): a sequential scan, kept until autovacuum next analyses the table, 4 to
 * 5 ms per lookup on 17,000 rows instead of 0.05 ms. Sequential scans are therefore off for the transaction, so the
 * plan made is the index's whatever the table's statistics said ({@code PostgresKeyLookupPlanTest}); the queries here
 * all look rows up by their keys, and what the rest of the transaction runs are inserts and updates by key.
 */
final class Pipeline {

    /** Binds a statement's parameters from {@code first}; returns the index after its last one. */
    @FunctionalInterface
    interface Parameters {
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    /** Reads a query's rows. */
    @FunctionalInterface
    interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    /** Checks how many rows a change touched; throws to fail the transaction. */
    @FunctionalInterface
    interface Count {
        void check(int rows) throws SQLException;
    }

    /**
     * One statement, run once per set of parameters, each with its own check of the count: several only for a change
     * (a JDBC batch where run alone). A query's rows go to {@code rows}.
     */
    private record Step(String sql, List<Run> runs, Rows rows) {
    }

    /** @param count null when the count is not checked */
    private record Run(Parameters parameters, Count count) {
    }

    /**
     * Sent first, in the same message, when a pipeline on PostgreSQL has queries; they last until the transaction ends,
     * so such a pipeline must run in one ({@code SET LOCAL} outside a transaction does nothing). The settings change
     * how PostgreSQL plans, never what a statement reads or writes.
     */
    static final List<String> PLAN_ONCE = List.of("SET LOCAL enable_seqscan = off",
            "SET LOCAL plan_cache_mode = force_generic_plan");

    private final Dialect dialect;
    private final List<Step> steps = new ArrayList<>();

    Pipeline(Dialect dialect) {
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    Pipeline query(String sql, Parameters parameters, Rows rows) {
        steps.add(new Step(sql, List.of(new Run(parameters, null)), rows));
        return this;
    }

    /** A change whose count says nothing worth checking (an insert fails rather than touching fewer rows). */
    Pipeline change(String sql, Parameters parameters) {
        steps.add(new Step(sql, List.of(new Run(parameters, null)), null));
        return this;
    }

    /** The same change once for each item, its count unchecked; nothing when there are no items. */
    <T> Pipeline changeEach(String sql, List<T> items, Each<T> parameters) {
        return changeEach(sql, items, parameters, null);
    }

    /** The same change once for each item, each count checked; nothing when there are no items. */
    <T> Pipeline changeEach(String sql, List<T> items, Each<T> parameters, EachCount<T> count) {
        if (!items.isEmpty()) {
            List<Run> runs = new ArrayList<>();
            items.forEach(item -> runs.add(new Run((statement, first) -> parameters.bind(statement, first, item),
                    count == null ? null : rows -> count.check(item, rows))));
            steps.add(new Step(sql, runs, null));
        }
        return this;
    }

    /** Binds one item's parameters from {@code first}; returns the index after its last one. */
    @FunctionalInterface
    interface Each<T> {
        int bind(PreparedStatement statement, int first, T item) throws SQLException;
    }

    /** Checks how many rows one item's change touched; throws to fail the transaction. */
    @FunctionalInterface
    interface EachCount<T> {
        void check(T item, int rows) throws SQLException;
    }

    /** {@code (?, …), (?, …)}: {@code rows} rows of {@code columns} parameters, for a multi-row {@code VALUES}. */
    static String valueRows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    void run(Connection connection) throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        if (dialect == Dialect.POSTGRESQL) {
            runTogether(connection, false);
        } else {
            for (Step step : steps) {
                runAlone(connection, step);
            }
        }
    }

    private static void runAlone(Connection connection, Step step) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(step.sql())) {
            if (step.runs().size() == 1) {
                step.runs().get(0).parameters().bind(statement, 1);
                hand(step, step.runs().get(0), statement, statement.execute());
                return;
            }
            for (Run run : step.runs()) {
                run.parameters().bind(statement, 1);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                check(step.runs().get(i), counts[i]);
            }
        }
    }

    /**
     * Runs the statements as the last of their transaction and, on PostgreSQL, sends its {@code COMMIT} with them: one
     * round trip for both. The transaction's owner ({@link Sql#inTransaction}) still commits after its work, which the
     * driver skips when nothing is left open; on H2 and SQLite that commit is the one that counts. Nothing may run in
     * the transaction after this. When a statement fails, the database skips the rest, {@code COMMIT} included. Only
     * changes whose counts are not checked go with the {@code COMMIT}: a count or a row is read after the answer, too
     * late to refuse what was committed, so with either the {@code COMMIT} is left to the owner.
     */
    void runAndCommit(Connection connection) throws SQLException {
        if (dialect == Dialect.POSTGRESQL && !steps.isEmpty() && steps.stream().allMatch(Pipeline::unchecked)) {
            runTogether(connection, true);
        } else {
            run(connection);
        }
    }

    private void runTogether(Connection connection, boolean commit) throws SQLException {
        List<String> sql = new ArrayList<>();
        boolean queries = steps.stream().anyMatch(step -> step.rows() != null);
        if (queries) {
            if (connection.getAutoCommit()) {
                // a fault of ours, said at once: the plans would be made without the settings, and kept
                throw new IllegalStateException("a pipeline with queries runs in a transaction on PostgreSQL");
            }
            sql.addAll(PLAN_ONCE);
        }
        steps.forEach(step -> step.runs().forEach(run -> sql.add(step.sql())));
        if (commit) {
            sql.add("COMMIT");
        }
        // no space after the ';': the driver keeps it, and PostgreSQL would show each statement with it
        // (pg_stat_activity, its logs), where an operator looks for "INSERT INTO linked_account…"
        try (PreparedStatement statement = connection.prepareStatement(String.join(";", sql))) {
            int next = 1;
            for (Step step : steps) {
                for (Run run : step.runs()) {
                    next = run.parameters().bind(statement, next);
                }
            }
            boolean hasRows = statement.execute();
            if (queries) {
                for (int i = 0; i < PLAN_ONCE.size(); i++) {
                    hasRows = statement.getMoreResults(); // past the settings' results, to the first step's
                }
            }
            boolean first = true;
            for (Step step : steps) {
                for (Run run : step.runs()) {
                    hand(step, run, statement, first ? hasRows : statement.getMoreResults());
                    first = false;
                }
            }
        }
    }

    private static boolean unchecked(Step step) {
        return step.rows() == null && step.runs().stream().allMatch(run -> run.count() == null);
    }

    private static void check(Run run, int count) throws SQLException {
        if (run.count() != null) {
            run.count().check(count);
        }
    }

    private static void hand(Step step, Run run, PreparedStatement statement, boolean hasRows) throws SQLException {
        if (step.rows() == null) {
            check(run, statement.getUpdateCount());
            return;
        }
        if (!hasRows) {
            throw new IllegalStateException("a query gave no rows: " + step.sql());
        }
        try (ResultSet rows = statement.getResultSet()) {
            step.rows().read(rows);
        }
    }
}
