package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a linked account offers, as the directory describes it: its provider, the provider's category (e.g.
 * {@code hris}) and the names of the data models it can read (e.g. {@code employees}), sorted.
 */
public record AccountMeta(ProviderKey provider, String category, Set<String> models) {

    public AccountMeta {
        Objects.requireNonNull(provider, "provider");
        Checks.boundedText("category", category, 64);
        models = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(models, "models")));
    }
}
