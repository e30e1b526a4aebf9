package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;

/**
 * Asks StackOne how one of the owner's accounts fares now and stores the answer as the account's last check. An
 * account StackOne no longer knows is marked deleted. Failures: {@link dev.connect.domain.model.error.NotFoundException}
 * when the registry does not know the account or it belongs to another owner (the same answer), and StackOne's
 * {@link dev.connect.domain.model.error.UpstreamException}s, which change nothing.
 */
public interface CheckLinkedAccountUseCase {

    /** The account with its new last check. */
    LinkedAccount check(Command command);

    record Command(OwnerId owner, AccountId accountId) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(accountId, "accountId");
        }
    }
}
