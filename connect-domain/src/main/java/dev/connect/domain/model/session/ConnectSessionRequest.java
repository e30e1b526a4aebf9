package dev.connect.domain.model.session;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A connect session as asked for: by the end user (through {@code CreateConnectSessionUseCase}) and, after the policy
 * checks, of StackOne. Metadata defaults to none and the lifetime to 30 minutes.
 *
 * @param multiple allow a second account for the same owner and provider
 */
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
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        expiresIn = expiresIn == null ? SessionLifetime.DEFAULT : expiresIn;
    }

    /** A request for the picker with every optional field at its default. */
    public static ConnectSessionRequest forPicker(EndUser endUser) {
        return new ConnectSessionRequest(endUser, Optional.empty(), Set.of(), Optional.empty(), false,
                Optional.empty(), Metadata.EMPTY, SessionLifetime.DEFAULT);
    }

    public ConnectSessionRequest withCategories(Set<Category> narrowed) {
        return new ConnectSessionRequest(endUser, provider, narrowed, accountId, multiple, label, metadata, expiresIn);
    }
}
