package dev.connect.domain.model.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one dependency (the database, StackOne) currently does its job, and since when it has not. Says nothing of
 * configuration or secrets, so that it may be shown to anyone who probes the service.
 *
 * @param dependency   a short stable name, e.g. {@code storage}
 * @param failingSince when its current run of failures began; empty while it works
 */
public record DependencyHealth(String dependency, Optional<Instant> failingSince) {

    public DependencyHealth {
        Objects.requireNonNull(dependency, "dependency");
        if (!dependency.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("a dependency name is a short lowercase word");
        }
        Objects.requireNonNull(failingSince, "failingSince");
    }

    public static DependencyHealth up(String dependency) {
        return new DependencyHealth(dependency, Optional.empty());
    }

    public static DependencyHealth failingSince(String dependency, Instant since) {
        return new DependencyHealth(dependency, Optional.of(since));
    }

    public boolean isUp() {
        return failingSince.isEmpty();
    }
}
