package dev.connect.domain.port.in.authlink;

import dev.connect.domain.model.authlink.AuthLinkLifetime;
import dev.connect.domain.model.authlink.AuthLinkTarget;
import dev.connect.domain.model.authlink.AuthLinkView;
import java.util.Objects;

/**
 * An operator sends someone a link to link an account for an owner: a provider session is opened for it, the link is
 * stored as pending and delivered. A failed delivery leaves it pending, to be retried; a session the provider refuses
 * stores nothing.
 */
public interface CreateAuthLinkUseCase {

    AuthLinkView create(Command command);

    record Command(AuthLinkTarget target, AuthLinkLifetime lifetime) {
        public Command {
            Objects.requireNonNull(target, "target");
            lifetime = lifetime == null ? AuthLinkLifetime.DEFAULT : lifetime;
        }
    }
}
