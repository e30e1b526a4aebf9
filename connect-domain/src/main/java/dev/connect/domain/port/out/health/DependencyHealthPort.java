package dev.connect.domain.port.out.health;

import dev.connect.domain.model.health.DependencyHealth;

/**
 * Tells how one dependency fares, from what it already knows (e.g. whether its latest writes failed): quick, never
 * blocking on the dependency itself, so that a health probe cannot hang.
 */
@FunctionalInterface
public interface DependencyHealthPort {

    DependencyHealth health();
}
