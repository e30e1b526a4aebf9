package dev.connect.domain.model.event;

import dev.connect.domain.model.account.LinkedAccount;
import java.util.Objects;
import java.util.Optional;

/** What a {@link RegistryChange} did to one entry: before and after (the same when it changed nothing). */
public record RegistryUpdate(Optional<LinkedAccountRecord> before, Optional<LinkedAccountRecord> after) {

    public RegistryUpdate {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isPresent() && after.isEmpty()) {
            throw new IllegalArgumentException("a change never removes a registry entry");
        }
    }

    public boolean changed() {
        return !before.equals(after);
    }

    public boolean created() {
        return before.isEmpty() && after.isPresent();
    }

    /** The account afterwards. */
    public Optional<LinkedAccount> account() {
        return after.map(LinkedAccountRecord::account);
    }
}
