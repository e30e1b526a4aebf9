package dev.connect.domain.port.out.session;

import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.SessionLifetimeBounds;

/**
 * Opens a connect session at the linking provider. Failures are
 * {@link dev.connect.domain.model.error.UpstreamException}s, and an
 * {@link dev.connect.domain.model.error.InvalidRequestException} naming a field of the request the provider cannot
 * carry (e.g. categories, with a provider that has none); the port contract in the domain's test-jar
 * ({@code ConnectSessionPortContract}) states the rest.
 */
public interface ConnectSessionPort {

    /** @param request its lifetime within {@link #lifetimes()}: the caller checks that before asking */
    ConnectSession open(ConnectSessionRequest request);

    /**
     * The lifetimes this provider's sessions can have. The default, every lifetime connect accepts, is for a provider
     * that opens a session of whatever length it is asked for.
     */
    default SessionLifetimeBounds lifetimes() {
        return SessionLifetimeBounds.ANY;
    }
}
