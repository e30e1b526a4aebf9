package dev.connect.adapters.web.session;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/connect-sessions}. There is deliberately no owner field: the owner comes from the
 * verified token only, and a body that names one is refused as carrying an unknown field.
 */
public record CreateConnectSessionBody(String provider, List<String> categories, String accountId, Boolean multiple,
                                       String label, Map<String, String> metadata, Long expiresIn) {
}
