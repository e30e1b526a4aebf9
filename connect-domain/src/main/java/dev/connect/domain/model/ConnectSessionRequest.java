package dev.connect.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What StackOne is asked to open, after the policy checks: everything StackOne needs to mint a session. */
public record ConnectSessionRequest(
        EndUser endUser,
        Optional<ProviderKey> provider,
        Set<Category> categories,
        Optional<AccountId> accountId,
        boolean multiple,
        Optional<Label> label,
        Metadata metadata,
        SessionLifetime expiresIn) {

    public ConnectSessionRequest {
        Objects.requireNonNull(endUser, "endUser");
        Objects.requireNonNull(provider, "provider");
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }
}
