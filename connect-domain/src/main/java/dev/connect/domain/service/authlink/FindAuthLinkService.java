package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.port.in.authlink.FindAuthLinkUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** One link as of now: a pending link past its time reads expired before the sweep has marked it. */
public final class FindAuthLinkService implements FindAuthLinkUseCase {

    private final AuthLinkStorePort store;
    private final AuthLinkAddressPort addresses;
    private final Clock clock;

    public FindAuthLinkService(AuthLinkStorePort store, AuthLinkAddressPort addresses, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<AuthLinkView> find(Query query) {
        return store.findById(query.id())
                .map(link -> new AuthLinkView(link.asOf(clock.instant()), addresses.addressOf(link.token())));
    }
}
