package dev.connect.sandbox.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A connect session: what {@code POST /connect_sessions} minted, looked up by its token. */
public record ConnectSession(
        long id,
        String token,
        String organizationId,
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
