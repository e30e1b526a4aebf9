package dev.connect.sandbox.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A linked account as the sandbox keeps it. {@code credentials} are the secrets the Hub collected: they are kept
 * only so the Hub's edit mode can show them redacted, and are never returned by the REST API.
 */
public record Account(
        String id,
        String provider,
        String providerName,
        String category,
        String integrationId,
        String status,
        List<Map<String, Object>> statusReasons,
        String originOwnerId,
        String originOwnerName,
        String originUsername,
        String label,
        Map<String, Object> setupInformation,
        Map<String, Object> credentials,
        String type,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt) {

    public static final String ACTIVE = "active";

    public Account {
        statusReasons = statusReasons == null ? List.of() : List.copyOf(statusReasons);
        setupInformation = Maps.frozen(setupInformation);
        credentials = Maps.frozen(credentials);
        metadata = metadata == null ? null : Maps.frozen(metadata);
    }

    public Account withStatus(String newStatus, List<Map<String, Object>> reasons, Instant now) {
        return new Account(id, provider, providerName, category, integrationId, newStatus, reasons, originOwnerId,
                originOwnerName, originUsername, label, setupInformation, credentials, type, metadata, createdAt, now);
    }
}
