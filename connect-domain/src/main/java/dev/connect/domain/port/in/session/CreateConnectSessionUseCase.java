package dev.connect.domain.port.in.session;

import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import java.util.Objects;

/** Mints a connect-session token for a signed-in end user, so their page can open the Hub. */
public interface CreateConnectSessionUseCase {

    ConnectSession create(Command command);

    /**
     * @param request what the end user asks for; its end user comes from a verified credential, never from the
     *                request body, and an account to re-authenticate must belong to that end user's owner
     */
    record Command(ConnectSessionRequest request) {

        public Command {
            Objects.requireNonNull(request, "request");
        }
    }
}
