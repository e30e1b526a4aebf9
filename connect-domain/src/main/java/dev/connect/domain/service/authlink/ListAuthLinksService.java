package dev.connect.domain.service.authlink;

import dev.connect.domain.model.authlink.AuthLinkPage;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.port.in.authlink.ListAuthLinksUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Links a page at a time, each as of now. */
public final class ListAuthLinksService implements ListAuthLinksUseCase {

    private final AuthLinkStorePort store;
    private final AuthLinkAddressPort addresses;
    private final Clock clock;

    public ListAuthLinksService(AuthLinkStorePort store, AuthLinkAddressPort addresses, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page list(Query query) {
        Instant now = clock.instant();
        AuthLinkPage page = store.list(query.filter(), query.size(), query.after(), now);
        return new Page(page.links().stream()
                .map(link -> new AuthLinkView(link.asOf(now), addresses.addressOf(link.token())))
                .toList(), page.next());
    }
}
