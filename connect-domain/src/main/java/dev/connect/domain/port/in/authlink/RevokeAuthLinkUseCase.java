package dev.connect.domain.port.in.authlink;

import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkView;
import java.util.Objects;

/**
 * Revokes a pending link: its page refuses it from now on and no event completes it. Idempotent (a revoked link
 * answers as it is); a linked or expired link is a conflict.
 */
public interface RevokeAuthLinkUseCase {

    AuthLinkView revoke(Command command);

    record Command(AuthLinkId id) {
        public Command {
            Objects.requireNonNull(id, "id");
        }
    }
}
