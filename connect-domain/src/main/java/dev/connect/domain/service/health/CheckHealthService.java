package dev.connect.domain.service.health;

import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.out.health.DependencyHealthPort;
import java.util.List;
import java.util.Objects;

/** Gathers the health of every dependency. */
public final class CheckHealthService implements CheckHealthUseCase {

    private final List<DependencyHealthPort> dependencies;

    public CheckHealthService(List<DependencyHealthPort> dependencies) {
        this.dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    }

    @Override
    public HealthReport check() {
        return new HealthReport(dependencies.stream().map(DependencyHealthPort::health).toList());
    }
}
