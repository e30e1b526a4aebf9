package dev.connect.adapters.jdbc;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Gauges of how many rows of a table are in each state, e.g. {@code connect.linked.accounts{state="linked"}}. Counted
 * with one {@code GROUP BY} when a scrape finds the counts older than {@link #MAX_AGE}, so frequent scrapes cost the
 * database nothing more. While the count fails the gauges read NaN (and the storage's health hears of the failure).
 *
 * <p>A table with states gets its gauges with one line, e.g. auth links once they are stored:
 * {@code gauges.register("connect.auth.links", "auth_link", "state", List.of("pending", "linked", "expired"), …)}.
 */
final class StateCountGauges {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final Sql sql;
    private final MeterRegistry registry;
    private final LongSupplier nanoClock;

    StateCountGauges(Sql sql, MeterRegistry registry, LongSupplier nanoClock) {
        this.sql = sql;
        this.registry = registry;
        this.nanoClock = nanoClock;
    }

    /** {@code table} and {@code column} are connect's own names, never input. */
    void register(String metric, String table, String column, List<String> states, String description) {
        Counts counts = new Counts("SELECT " + column + ", COUNT(*) FROM " + table + " GROUP BY " + column,
                "count " + table + " rows by " + column);
        for (String state : states) {
            Gauge.builder(metric, counts, current -> current.of(state)).description(description).tag("state", state)
                    .strongReference(true).register(registry);
        }
    }

    /** The latest counts of one table, counted again when older than {@link #MAX_AGE}. */
    private final class Counts {

        private final String query;
        private final String operation;
        /** Null while the latest count failed. */
        private Map<String, Long> latest;
        private long countedAt;
        private boolean tried;

        Counts(String query, String operation) {
            this.query = query;
            this.operation = operation;
        }

        synchronized double of(String state) {
            long now = nanoClock.getAsLong();
            if (!tried || now - countedAt > MAX_AGE.toNanos()) {
                tried = true;
                countedAt = now;
                try {
                    latest = count();
                } catch (RuntimeException unavailable) {
                    latest = null; // not asked again before MAX_AGE: a scrape never waits twice for a database down
                }
            }
            return latest == null ? Double.NaN : latest.getOrDefault(state, 0L);
        }

        private Map<String, Long> count() {
            return sql.read(operation, connection -> {
                try (PreparedStatement statement = connection.prepareStatement(query);
                     ResultSet rows = statement.executeQuery()) {
                    Map<String, Long> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                    return counts;
                }
            });
        }
    }
}
