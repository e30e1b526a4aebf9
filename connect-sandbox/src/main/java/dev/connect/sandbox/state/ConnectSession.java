package dev.connect.sandbox.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connect session: what {@code POST /connect_sessions} minted, looked up by its token. Its organization is the
 * sandbox's own ({@code SessionService#organizationId()}), so it is not kept per session (and a state file written
 * when the sandbox still kept it as text loads unchanged: the old field is ignored).
 */
public record ConnectSession(
        long id,
        String token,
        String projectId,
        String originOwnerId,
        String originOwnerName,
        String originUsername,
        String provider,
        List<String> categories,
        String accountId,
        String label,
        String integrationId,
        Map<String, Object> metadata,
        String type,
        boolean multiple,
        Instant createdAt,
        Instant expiresAt) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
