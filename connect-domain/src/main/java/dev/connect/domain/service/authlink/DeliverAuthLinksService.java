package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkInvitation;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import dev.connect.domain.model.error.DeliveryNotConfiguredException;
import dev.connect.domain.port.in.authlink.DeliverAuthLinksUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort.Outcome;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers links: the first attempt for a new link and a resend (for the other auth-link services), and the retries
 * that fall due, each recorded on the link (sent, or failed with a reason and the next attempt after the back-off).
 * The message goes out before its outcome is stored: a crash in between sends it once more, never loses it.
 */
public final class DeliverAuthLinksService implements DeliverAuthLinksUseCase {

    /** How many due links one run delivers: the next run, a minute later, takes the rest. */
    static final int BATCH = 100;

    private final Optional<AuthLinkDeliveryPort> delivery;
    private final AuthLinkStorePort store;
    private final AuthLinkAddressPort addresses;
    private final DeliveryBackoff backoff;
    private final Clock clock;

    /** @param delivery empty where no delivery is configured: then no link can be created */
    public DeliverAuthLinksService(Optional<AuthLinkDeliveryPort> delivery, AuthLinkStorePort store,
                                   AuthLinkAddressPort addresses, DeliveryBackoff backoff, Clock clock) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.store = Objects.requireNonNull(store, "store");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int deliverDue() {
        int attempts = 0;
        for (AuthLink link : store.dueForDelivery(clock.instant(), BATCH)) {
            deliver(link);
            attempts++;
        }
        return attempts;
    }

    /** @throws DeliveryNotConfiguredException where links cannot be delivered at all */
    void requireConfigured() {
        if (delivery.isEmpty()) {
            throw new DeliveryNotConfiguredException("auth links cannot be sent: no mail server is configured "
                    + "(set CONNECT_SMTP_HOST and CONNECT_MAIL_FROM)");
        }
    }

    /** One attempt now; answers the link as stored with its outcome. */
    AuthLink deliver(AuthLink link) {
        Instant now = clock.instant();
        Outcome outcome = attempt(new AuthLinkInvitation(link, addresses.addressOf(link.token()), now));
        return store.update(link.id(), current -> current.withDelivery(outcome instanceof Outcome.Failed failed
                ? current.delivery().failed(now, failed.reason(), backoff)
                : current.delivery().sent(now))).orElse(link);
    }

    private Outcome attempt(AuthLinkInvitation invitation) {
        if (delivery.isEmpty()) {
            return new Outcome.Failed("no mail delivery is configured");
        }
        try {
            return delivery.get().deliver(invitation);
        } catch (RuntimeException unexpected) {
            // an adapter reports its failures as outcomes; this one did not, and its message is not known to be safe
            return new Outcome.Failed("delivery failed unexpectedly (" + unexpected.getClass().getSimpleName() + ")");
        }
    }
}
