package dev.connect.adapters.web.authlink;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.authlink.Delivery;
import dev.connect.domain.model.authlink.DeliveryStatus;
import dev.connect.domain.model.session.Category;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One auth link as the operator API answers it (schema {@code AuthLink}); every member present, absent is null. */
public record AuthLinkBody(String id, String ownerId, String ownerName, String recipientEmail, String provider,
                           List<String> categories, String accountId, String message, String state, String url,
                           Instant createdAt, Instant expiresAt, Instant linkedAt, String linkedAccountId,
                           Instant revokedAt, DeliveryBody delivery) {

    /** The link's e-mail: its status, attempts, the last one's time and failure, the next one's time. */
    public record DeliveryBody(String status, int attempts, Instant lastAttemptAt, String lastError,
                               Instant nextAttemptAt) {

        static DeliveryBody of(Delivery delivery) {
            return new DeliveryBody(AuthLinkBody.status(delivery.status()), delivery.attempts(),
                    delivery.lastAttemptAt().orElse(null), delivery.lastError().orElse(null),
                    delivery.nextAttemptAt().orElse(null));
        }
    }

    public static AuthLinkBody of(AuthLinkView view) {
        AuthLink link = view.link();
        return new AuthLinkBody(link.id().value(), link.owner().id().value(), link.owner().name().value(),
                link.recipient().value(), link.provider().map(ProviderKey::value).orElse(null),
                link.categories().stream().map(Category::key).sorted().toList(),
                link.accountId().map(AccountId::value).orElse(null),
                link.message().map(AuthLinkMessage::value).orElse(null), state(link.state()), view.url().toString(),
                link.createdAt(), link.expiresAt(), link.linkedAt().orElse(null),
                link.linkedAccountId().map(AccountId::value).orElse(null), link.revokedAt().orElse(null),
                DeliveryBody.of(link.delivery()));
    }

    /** The wire form of a state: {@code pending}, {@code linked}, {@code expired}, {@code revoked}. */
    public static String state(AuthLinkState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String status(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
