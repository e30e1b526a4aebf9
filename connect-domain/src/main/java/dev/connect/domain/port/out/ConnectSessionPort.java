package dev.connect.domain.port.out;

import dev.connect.domain.model.ConnectSession;
import dev.connect.domain.model.ConnectSessionRequest;

/** Opens a connect session at StackOne. Failures are {@link dev.connect.domain.model.UpstreamException}s. */
public interface ConnectSessionPort {

    ConnectSession open(ConnectSessionRequest request);
}
