package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.authlink.Delivery;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.port.in.authlink.ResendAuthLinkUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Delivers a pending link again now, starting a fresh round of attempts (so it also works after one gave up). */
public final class ResendAuthLinkService implements ResendAuthLinkUseCase {

    private final AuthLinkStorePort store;
    private final DeliverAuthLinksService deliveries;
    private final AuthLinkAddressPort addresses;
    private final Clock clock;

    public ResendAuthLinkService(AuthLinkStorePort store, DeliverAuthLinksService deliveries,
                                 AuthLinkAddressPort addresses, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthLinkView resend(Command command) {
        deliveries.requireConfigured();
        Instant now = clock.instant();
        AuthLink restarted = store.update(command.id(), link -> {
            AuthLinkState state = link.stateAt(now);
            if (state != AuthLinkState.PENDING) {
                throw new ConflictException("auth link '" + link.id() + "' is " + state.name().toLowerCase(Locale.ROOT) + " and cannot be sent again; create a new one");
            }
            return link.withDelivery(Delivery.due(now));
        }).orElseThrow(() -> new NotFoundException("auth link '" + command.id() + "' not found"));
        AuthLink delivered = deliveries.deliver(restarted);
        return new AuthLinkView(delivered.asOf(clock.instant()), addresses.addressOf(delivered.token()));
    }
}
