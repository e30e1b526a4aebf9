package dev.connect.adapters.web.authlink;

import java.util.List;

/**
 * The body of {@code POST /v1/admin/auth-links}: for whom ({@code ownerId}, {@code ownerName}), to whom
 * ({@code recipientEmail}), and optionally which provider and categories, which account to re-authenticate, how long
 * in seconds, and a message for the recipient.
 */
public record CreateAuthLinkBody(String ownerId, String ownerName, String recipientEmail, String provider,
                                 List<String> categories, String accountId, Long expiresIn, String message) {
}
