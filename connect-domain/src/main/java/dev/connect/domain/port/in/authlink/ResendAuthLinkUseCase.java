package dev.connect.domain.port.in.authlink;

import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkView;
import java.util.Objects;

/**
 * Delivers a pending link again now, whatever its delivery did before (also after it was given up on), with a fresh
 * round of retries. A link no longer pending is a conflict.
 */
public interface ResendAuthLinkUseCase {

    AuthLinkView resend(Command command);

    record Command(AuthLinkId id) {
        public Command {
            Objects.requireNonNull(id, "id");
        }
    }
}
