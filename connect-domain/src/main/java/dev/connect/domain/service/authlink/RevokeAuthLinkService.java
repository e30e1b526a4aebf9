package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.port.in.authlink.RevokeAuthLinkUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** Revokes a pending link, idempotently; tells the listeners after the commit when it changed something. */
public final class RevokeAuthLinkService implements RevokeAuthLinkUseCase {

    private final AuthLinkStorePort store;
    private final AuthLinkAddressPort addresses;
    private final List<AccountEventListenerPort> listeners;
    private final Clock clock;

    public RevokeAuthLinkService(AuthLinkStorePort store, AuthLinkAddressPort addresses,
                                 List<AccountEventListenerPort> listeners, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.listeners = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthLinkView revoke(Command command) {
        Instant now = clock.instant();
        AtomicBoolean revokedNow = new AtomicBoolean();
        AuthLink after = store.update(command.id(), link -> {
            revokedNow.set(false);
            AuthLinkState state = link.stateAt(now);
            if (state == AuthLinkState.REVOKED) {
                return link;
            }
            if (state != AuthLinkState.PENDING) {
                throw new ConflictException("auth link '" + link.id() + "' is " + state.name().toLowerCase(Locale.ROOT)
                        + " and cannot be revoked");
            }
            revokedNow.set(true);
            return link.revoked(now);
        }).orElseThrow(() -> new NotFoundException("auth link '" + command.id() + "' not found"));
        if (revokedNow.get()) {
            ExpireAuthLinksService.tell(listeners, List.of(new AuthLinkChange(AuthLinkState.PENDING, after)));
        }
        return new AuthLinkView(after, addresses.addressOf(after.token()));
    }
}
