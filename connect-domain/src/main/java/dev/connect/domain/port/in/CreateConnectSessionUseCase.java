package dev.connect.domain.port.in;

import dev.connect.domain.model.AccountId;
import dev.connect.domain.model.Category;
import dev.connect.domain.model.ConnectSession;
import dev.connect.domain.model.EndUser;
import dev.connect.domain.model.Label;
import dev.connect.domain.model.Metadata;
import dev.connect.domain.model.ProviderKey;
import dev.connect.domain.model.SessionLifetime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Mints a connect-session token for a signed-in end user, so their page can open the Hub. */
public interface CreateConnectSessionUseCase {

    ConnectSession create(Command command);

    /**
     * @param endUser   who asks, derived from a verified credential, never from the request body
     * @param accountId an existing account to re-authenticate; it must belong to the end user's owner
     * @param multiple  allow a second account for the same owner and provider
     */
    record Command(
            EndUser endUser,
            Optional<ProviderKey> provider,
            Set<Category> categories,
            Optional<AccountId> accountId,
            boolean multiple,
            Optional<Label> label,
            Metadata metadata,
            SessionLifetime expiresIn) {

        public Command {
            Objects.requireNonNull(endUser, "endUser");
            Objects.requireNonNull(provider, "provider");
            categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(label, "label");
            metadata = metadata == null ? Metadata.EMPTY : metadata;
            expiresIn = expiresIn == null ? SessionLifetime.DEFAULT : expiresIn;
        }

        /** A command for the picker with every optional field at its default. */
        public static Command forPicker(EndUser endUser) {
            return new Command(endUser, Optional.empty(), Set.of(), Optional.empty(), false, Optional.empty(),
                    Metadata.EMPTY, SessionLifetime.DEFAULT);
        }
    }
}
