package dev.connect.domain.model.session;

import dev.connect.domain.model.account.ProviderKey;
import java.util.Objects;
import java.util.Set;

/**
 * Which providers and categories this deployment lets its customers link. An empty set allows everything.
 */
public record ConnectionPolicy(Set<ProviderKey> allowedProviders, Set<Category> allowedCategories) {

    public static final ConnectionPolicy ALLOW_ALL = new ConnectionPolicy(Set.of(), Set.of());

    public ConnectionPolicy {
        allowedProviders = Set.copyOf(Objects.requireNonNull(allowedProviders, "allowedProviders"));
        allowedCategories = Set.copyOf(Objects.requireNonNull(allowedCategories, "allowedCategories"));
    }

    public boolean restrictsProviders() {
        return !allowedProviders.isEmpty();
    }

    public boolean restrictsCategories() {
        return !allowedCategories.isEmpty();
    }

    public boolean allows(ProviderKey provider) {
        return !restrictsProviders() || allowedProviders.contains(provider);
    }

    public boolean allows(Category category) {
        return !restrictsCategories() || allowedCategories.contains(category);
    }
}
