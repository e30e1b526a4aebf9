package dev.connect.adapters.web.metrics;

/** Who may read {@code GET /metrics} ({@code CONNECT_METRICS_ACCESS}). */
public enum MetricsAccess {
    /** Any scraper that can reach the port: Prometheus' usual set-up, on a network only operators reach. */
    OPEN,
    /** Only with {@code Authorization: Bearer <operator API key>}. */
    OPERATOR
}
