package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.port.in.authlink.ExpireAuthLinksUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The expiry sweep: every pending link whose time has passed is marked expired, then the listeners are told. */
public final class ExpireAuthLinksService implements ExpireAuthLinksUseCase {

    private final AuthLinkStorePort store;
    private final List<AccountEventListenerPort> listeners;
    private final Clock clock;

    public ExpireAuthLinksService(AuthLinkStorePort store, List<AccountEventListenerPort> listeners, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.listeners = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int expireDue() {
        List<AuthLinkChange> changes = store.expireDue(clock.instant());
        tell(listeners, changes);
        return changes.size();
    }

    /** Tells every listener of every change; a listener's failure is its own (see {@link AccountEventListenerPort}). */
    static void tell(List<AccountEventListenerPort> listeners, List<AuthLinkChange> changes) {
        for (AuthLinkChange change : changes) {
            for (AccountEventListenerPort listener : listeners) {
                try {
                    listener.onAuthLinkChanged(change);
                } catch (RuntimeException ignored) {
                    // swallowed as for account events: the change is committed whatever a listener does
                }
            }
        }
    }
}
