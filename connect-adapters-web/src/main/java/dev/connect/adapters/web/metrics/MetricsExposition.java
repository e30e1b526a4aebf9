package dev.connect.adapters.web.metrics;

/**
 * The current metrics as text in some exposition format: the composition root's choice of registry (Prometheus'
 * {@code scrape()} in the assembled app), so that the web adapter depends on Micrometer's facade only.
 */
public interface MetricsExposition {

    /** Prometheus' text format, version 0.0.4: what every Prometheus-compatible scraper reads. */
    String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    String contentType();

    String scrape();

    static MetricsExposition of(String contentType, java.util.function.Supplier<String> scrape) {
        return new MetricsExposition() {
            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public String scrape() {
                return scrape.get();
            }
        };
    }
}
