package dev.connect.domain.port.out.session;

import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;

/** Opens a connect session at StackOne. Failures are {@link dev.connect.domain.model.error.UpstreamException}s. */
public interface ConnectSessionPort {

    ConnectSession open(ConnectSessionRequest request);
}
