package dev.connect.domain.port.in.health;

import dev.connect.domain.model.health.HealthReport;

/** Whether connect can do its job now: every dependency's health, for a probe. */
@FunctionalInterface
public interface CheckHealthUseCase {

    HealthReport check();
}
