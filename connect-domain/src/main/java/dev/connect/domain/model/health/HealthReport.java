package dev.connect.domain.model.health;

import java.util.List;
import java.util.Objects;

/** The health of every dependency connect has; up only when each of them is. */
public record HealthReport(List<DependencyHealth> dependencies) {

    public HealthReport {
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    }

    public boolean isUp() {
        return dependencies.stream().allMatch(DependencyHealth::isUp);
    }

    /** The names of the dependencies that fail now, in report order, each once (two checks may watch one). */
    public List<String> failing() {
        return dependencies.stream().filter(health -> !health.isUp()).map(DependencyHealth::dependency).distinct()
                .toList();
    }
}
