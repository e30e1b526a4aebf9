package dev.connect.app;

import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.port.out.health.DependencyHealthPort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readiness probe's checks of connect's dependencies (the database reachable and migrated, StackOne reachable),
 * run once at start and then every interval on a thread of their own, so that a probe never waits for a dependency and
 * a busy orchestrator cannot multiply the checks. Each check's latest result is a {@link DependencyHealthPort}. A
 * change is logged once (WARN when a check starts failing, INFO when it passes again).
 */
final class BackgroundHealthChecks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundHealthChecks.class);

    private final ScheduledExecutorService scheduler;
    private final List<Check> checks;

    private BackgroundHealthChecks(ScheduledExecutorService scheduler, List<Check> checks) {
        this.scheduler = scheduler;
        this.checks = checks;
    }

    /** Runs every check once now (each bounded by its own timeouts), then every {@code interval} after the last run. */
    static BackgroundHealthChecks start(Map<String, BooleanSupplier> checks, Duration interval, Clock clock) {
        List<Check> started = new ArrayList<>();
        checks.forEach((dependency, check) -> started.add(new Check(dependency, check, clock)));
        started.forEach(Check::run);
        ThreadFactory daemon = runnable -> {
            Thread thread = new Thread(runnable, "connect-readiness");
            thread.setDaemon(true);
            return thread;
        };
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon);
        scheduler.scheduleWithFixedDelay(() -> started.forEach(Check::run), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new BackgroundHealthChecks(scheduler, List.copyOf(started));
    }

    List<DependencyHealthPort> ports() {
        return List.copyOf(checks);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** One dependency's latest background check. */
    private static final class Check implements DependencyHealthPort {

        private final String dependency;
        private final BooleanSupplier check;
        private final Clock clock;
        private volatile DependencyHealth latest;

        Check(String dependency, BooleanSupplier check, Clock clock) {
            this.dependency = dependency;
            this.check = check;
            this.clock = clock;
            this.latest = DependencyHealth.up(dependency);
        }

        void run() {
            boolean passed;
            try {
                passed = check.getAsBoolean();
            } catch (RuntimeException failure) {
                // the adapters' messages never carry secrets, but a class name says enough here
                LOG.debug("readiness check of {} failed with {}", dependency, failure.getClass().getSimpleName());
                passed = false;
            }
            DependencyHealth previous = latest;
            if (passed && !previous.isUp()) {
                LOG.info("readiness: {} passes its check again", dependency);
                latest = DependencyHealth.up(dependency);
            } else if (!passed && previous.isUp()) {
                LOG.warn("readiness: {} fails its check; /health/ready answers 503 until it passes", dependency);
                latest = DependencyHealth.failingSince(dependency, clock.instant());
            }
        }

        @Override
        public DependencyHealth health() {
            return latest;
        }
    }
}
