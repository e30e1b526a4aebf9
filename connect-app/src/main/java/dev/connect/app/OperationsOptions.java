package dev.connect.app;

import dev.connect.adapters.quota.OwnerRateLimit;
import dev.connect.adapters.web.http.CorsPolicy;
import dev.connect.adapters.web.metrics.MetricsAccess;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How connect is operated: its log format, who reads its metrics, how often readiness checks its dependencies, each
 * owner's share, and which other origins' pages may call it.
 *
 * @param readinessInterval how often the database and StackOne are checked in the background for {@code /health/ready}
 * @param ownerRateLimit    connect sessions per owner and minute; empty: unlimited
 */
public record OperationsOptions(LogFormat logFormat, MetricsAccess metricsAccess, Duration readinessInterval,
                                Optional<OwnerRateLimit> ownerRateLimit, CorsPolicy cors) {

    public static final Duration DEFAULT_READINESS_INTERVAL = Duration.ofSeconds(30);

    /** How log lines are written ({@code CONNECT_LOG_FORMAT}). */
    public enum LogFormat {
        /** One readable line per event: time, level, thread, logger, request id, message. */
        TEXT,
        /** One JSON object per line, for a log shipper: the same, each a field, and the MDC's request id. */
        JSON
    }

    public OperationsOptions {
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(metricsAccess, "metricsAccess");
        Objects.requireNonNull(readinessInterval, "readinessInterval");
        Objects.requireNonNull(ownerRateLimit, "ownerRateLimit");
        Objects.requireNonNull(cors, "cors");
    }

    public static OperationsOptions defaults() {
        return new OperationsOptions(LogFormat.TEXT, MetricsAccess.OPEN, DEFAULT_READINESS_INTERVAL,
                Optional.of(OwnerRateLimit.DEFAULT), CorsPolicy.none());
    }
}
