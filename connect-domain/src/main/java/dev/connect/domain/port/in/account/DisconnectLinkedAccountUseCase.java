package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;

/**
 * Disconnects one of the owner's accounts: deletes it at StackOne, then marks it deleted in the registry. Idempotent:
 * an account already deleted in the registry is answered as it is, and one StackOne no longer knows is still marked
 * deleted. Failures: {@link dev.connect.domain.model.error.NotFoundException} for an unknown account or another owner's
 * (the same answer); StackOne's {@link dev.connect.domain.model.error.UpstreamException}s, after which the registry is
 * unchanged and a retry is safe.
 */
public interface DisconnectLinkedAccountUseCase {

    /** The account, now deleted. */
    LinkedAccount disconnect(Command command);

    record Command(OwnerId owner, AccountId accountId) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(accountId, "accountId");
        }
    }
}
