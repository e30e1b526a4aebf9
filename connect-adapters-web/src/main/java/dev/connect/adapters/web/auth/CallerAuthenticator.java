package dev.connect.adapters.web.auth;

import dev.connect.domain.model.owner.EndUser;
import java.util.Optional;

/**
 * Turns a request's {@code Authorization} header into the end user and owner it speaks for, or refuses it with a
 * 401 {@link dev.connect.adapters.web.problem.WebRequestException}.
 */
@FunctionalInterface
public interface CallerAuthenticator {

    EndUser authenticate(Optional<String> authorizationHeader);
}
