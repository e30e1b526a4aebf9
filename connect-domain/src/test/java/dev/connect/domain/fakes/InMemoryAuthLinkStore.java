package dev.connect.domain.fakes;

import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkPage;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Auth links in memory, behind one lock: the reference behaviour {@code AuthLinkStoreContract} holds real stores to. */
public final class InMemoryAuthLinkStore implements AuthLinkStorePort {

    private static final Comparator<AuthLink> NEWEST_FIRST = Comparator.comparing(AuthLink::createdAt)
            .thenComparing(link -> link.id().value()).reversed();

    private final Map<AuthLinkId, AuthLink> links = new LinkedHashMap<>();
    private boolean unavailable;

    public synchronized void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public synchronized void insert(AuthLink link) {
        requireAvailable();
        if (links.containsKey(link.id())
                || links.values().stream().anyMatch(other -> other.token().value().equals(link.token().value()))) {
            throw new IllegalStateException("an auth link with this id or token exists");
        }
        links.put(link.id(), link);
    }

    @Override
    public synchronized Optional<AuthLink> findById(AuthLinkId id) {
        requireAvailable();
        return Optional.ofNullable(links.get(id));
    }

    @Override
    public synchronized Optional<AuthLink> findByToken(AuthLinkToken token) {
        requireAvailable();
        return links.values().stream().filter(link -> link.token().value().equals(token.value())).findFirst();
    }

    @Override
    public synchronized AuthLinkPage list(AuthLinkFilter filter, PageSize size, Optional<AuthLinkCursor> after,
                                          Instant now) {
        requireAvailable();
        List<AuthLink> selected = links.values().stream()
                .filter(link -> filter.owner().map(link.owner().id()::equals).orElse(true))
                .filter(link -> filter.state().map(state -> link.stateAt(now) == state).orElse(true))
                .filter(link -> after.map(cursor -> isAfter(link, cursor)).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        List<AuthLink> page = selected.subList(0, Math.min(size.value(), selected.size()));
        Optional<AuthLinkCursor> next = selected.size() > size.value()
                ? Optional.of(AuthLinkCursor.after(page.get(page.size() - 1))) : Optional.empty();
        return new AuthLinkPage(page, next);
    }

    @Override
    public synchronized Optional<AuthLink> update(AuthLinkId id, UnaryOperator<AuthLink> change) {
        requireAvailable();
        AuthLink current = links.get(id);
        if (current == null) {
            return Optional.empty();
        }
        AuthLink changed = change.apply(current);
        links.put(id, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized List<AuthLinkChange> expireDue(Instant now) {
        requireAvailable();
        List<AuthLinkChange> changes = new ArrayList<>();
        for (AuthLink link : List.copyOf(links.values())) {
            if (link.state() == AuthLinkState.PENDING && link.isDueAt(now)) {
                AuthLink expired = link.expired();
                links.put(link.id(), expired);
                changes.add(new AuthLinkChange(AuthLinkState.PENDING, expired));
            }
        }
        return List.copyOf(changes);
    }

    @Override
    public synchronized List<AuthLink> dueForDelivery(Instant now, int limit) {
        requireAvailable();
        return links.values().stream()
                .filter(link -> link.isPendingAt(now) && link.delivery().isDueAt(now))
                .sorted(Comparator.comparing((AuthLink link) -> link.delivery().nextAttemptAt().orElseThrow())
                        .thenComparing(link -> link.id().value()))
                .limit(limit)
                .toList();
    }

    /** What the in-memory inbox does inside its step: the owner's pending links, the rule's choice written. */
    synchronized List<AuthLinkChange> complete(OwnerId owner, Function<List<AuthLink>, Optional<AuthLink>> rule) {
        List<AuthLink> pending = links.values().stream()
                .filter(link -> link.owner().id().equals(owner) && link.state() == AuthLinkState.PENDING)
                .sorted(Comparator.comparing((AuthLink link) -> link.id().value()))
                .toList();
        return rule.apply(pending).map(linked -> {
            links.put(linked.id(), linked);
            return List.of(new AuthLinkChange(AuthLinkState.PENDING, linked));
        }).orElse(List.of());
    }

    private static boolean isAfter(AuthLink link, AuthLinkCursor cursor) {
        int byTime = link.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || byTime == 0 && link.id().value().compareTo(cursor.after().value()) < 0;
    }

    private void requireAvailable() {
        if (unavailable) {
            throw new StorageUnavailableException("the in-memory auth link store is set unavailable", null);
        }
    }
}
