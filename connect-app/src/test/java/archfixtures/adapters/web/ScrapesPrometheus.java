package archfixtures.adapters.web;

import ch.qos.logback.classic.LoggerContext;
import io.github.bucket4j.Bucket;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Wrong on purpose: an adapter that picks the metrics registry and the logging backend itself, and rations calls. */
public class ScrapesPrometheus {

    public PrometheusMeterRegistry registry;
    public LoggerContext logging;
    public Bucket bucket;
}
