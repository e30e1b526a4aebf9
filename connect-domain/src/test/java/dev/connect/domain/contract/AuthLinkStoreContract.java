package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkPage;
import dev.connect.domain.model.authlink.AuthLinkRules;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import dev.connect.domain.model.authlink.DeliveryStatus;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of auth links must do: keep every field of a link, list newest first a page at a time as of a
 * given time, change a link atomically, expire due links once, find due deliveries; and, through the webhook inbox
 * of the same database, complete a pending link in the event's own transaction, once. Run against the in-memory fake
 * and every real adapter.
 */
public abstract class AuthLinkStoreContract {

    /** The ports under test; in a real adapter one database. */
    public record Stores(WebhookInboxPort inbox, AuthLinkStorePort links) {
    }

    protected abstract Stores openStores();

    protected void closeStores() {
    }

    protected static final Instant T0 = TestEvents.T0;

    protected Stores stores;

    @BeforeEach
    void setUpStores() {
        stores = openStores();
    }

    @AfterEach
    void tearDownStores() {
        closeStores();
    }

    private Recording.Recorded record(AccountEvent event, Instant receivedAt) {
        return (Recording.Recorded) stores.inbox().record(event, receivedAt,
                AccountEventRules.transitionFor(event, receivedAt), AuthLinkRules.transitionFor(event, receivedAt));
    }

    private AuthLink stored(AuthLink link) {
        return stores.links().findById(link.id()).orElseThrow();
    }

    @Test
    void keepsEveryFieldOfALinkAndFindsItByIdAndToken() {
        AuthLink link = TestLinks.pending().provider("bamboohr").categories(Category.HRIS, Category.ATS)
                .reauthenticating("acc-1").message("Hello,\nplease link.").createdAt(T0.plusNanos(123_456_789))
                .build();
        AuthLink plain = TestLinks.pending().owner("owner-7").build();
        stores.links().insert(link);
        stores.links().insert(plain);

        assertThat(stored(link)).isEqualTo(link);
        assertThat(stored(plain)).isEqualTo(plain);
        assertThat(stores.links().findByToken(link.token())).contains(link);
        assertThat(stores.links().findById(TestLinks.pending().build().id())).isEmpty();
    }

    @Test
    void listsNewestFirstAPageAtATimeFilteredByOwnerAndStateAsOfTheGivenTime() {
        AuthLink oldest = TestLinks.pending().createdAt(T0).lifetime(Duration.ofHours(1)).build();
        AuthLink middle = TestLinks.pending().createdAt(T0.plusSeconds(10)).build();
        AuthLink other = TestLinks.pending().owner("owner-7").createdAt(T0.plusSeconds(20)).build();
        AuthLink newest = TestLinks.pending().createdAt(T0.plusSeconds(30)).build();
        List.of(oldest, middle, other, newest).forEach(stores.links()::insert);
        Instant later = T0.plus(Duration.ofHours(2));

        AuthLinkPage first = stores.links().list(new AuthLinkFilter(Optional.empty(), Optional.empty()),
                new PageSize(3), Optional.empty(), later);
        AuthLinkPage second = stores.links().list(new AuthLinkFilter(Optional.empty(), Optional.empty()),
                new PageSize(3), first.next(), later);
        AuthLinkPage pending = stores.links().list(new AuthLinkFilter(Optional.of(new OwnerId("owner-42")),
                Optional.of(AuthLinkState.PENDING)), PageSize.DEFAULT, Optional.empty(), later);
        AuthLinkPage expired = stores.links().list(new AuthLinkFilter(Optional.empty(),
                Optional.of(AuthLinkState.EXPIRED)), PageSize.DEFAULT, Optional.empty(), later);

        assertThat(first.links()).containsExactly(newest, other, middle);
        assertThat(second.links()).containsExactly(oldest);
        assertThat(second.next()).isEmpty();
        assertThat(pending.links()).containsExactly(newest, middle);
        assertThat(expired.links()).containsExactly(oldest);
    }

    @Test
    void updatesALinkAtomicallyAndAnswersItAsStored() {
        AuthLink link = TestLinks.pending().build();
        stores.links().insert(link);

        Optional<AuthLink> revoked = stores.links().update(link.id(), current -> current.revoked(T0.plusSeconds(5)));
        Optional<AuthLink> failed = stores.links().update(link.id(), current -> current.withDelivery(
                current.delivery().failed(T0.plusSeconds(6), "connection refused", DeliveryBackoff.DEFAULT)));

        assertThat(revoked.orElseThrow().state()).isEqualTo(AuthLinkState.REVOKED);
        assertThat(failed).contains(stored(link));
        assertThat(stored(link).revokedAt()).contains(T0.plusSeconds(5));
        assertThat(stored(link).delivery().lastError()).contains("connection refused");
        assertThat(stored(link).delivery().nextAttemptAt()).contains(T0.plusSeconds(66));
        assertThat(stores.links().update(TestLinks.pending().build().id(), current -> current)).isEmpty();
    }

    @Test
    void expiresDuePendingLinksOnceAndNoOthers() {
        AuthLink due = TestLinks.pending().lifetime(Duration.ofHours(1)).build();
        AuthLink notYet = TestLinks.pending().lifetime(Duration.ofDays(1)).build();
        AuthLink revoked = TestLinks.pending().lifetime(Duration.ofHours(1)).build().revoked(T0.plusSeconds(1));
        List.of(due, notYet, revoked).forEach(stores.links()::insert);

        List<AuthLinkChange> changes = stores.links().expireDue(T0.plus(Duration.ofHours(1)));
        List<AuthLinkChange> again = stores.links().expireDue(T0.plus(Duration.ofHours(2)));

        assertThat(changes).extracting(change -> change.link().id()).containsExactly(due.id());
        assertThat(changes.get(0).from()).isEqualTo(AuthLinkState.PENDING);
        assertThat(again).isEmpty();
        assertThat(stored(due).state()).isEqualTo(AuthLinkState.EXPIRED);
        assertThat(stored(notYet).state()).isEqualTo(AuthLinkState.PENDING);
        assertThat(stored(revoked).state()).isEqualTo(AuthLinkState.REVOKED);
    }

    @Test
    void findsPendingLinksWhoseDeliveryIsDue() {
        AuthLink fresh = TestLinks.pending().build();
        AuthLink sent = TestLinks.pending().build();
        AuthLink retrying = TestLinks.pending().build();
        AuthLink revoked = TestLinks.pending().build().revoked(T0.plusSeconds(1));
        List.of(fresh, sent, retrying, revoked).forEach(stores.links()::insert);
        stores.links().update(sent.id(), link -> link.withDelivery(link.delivery().sent(T0)));
        stores.links().update(retrying.id(), link -> link.withDelivery(
                link.delivery().failed(T0, "refused", DeliveryBackoff.DEFAULT)));

        assertThat(stores.links().dueForDelivery(T0.plusSeconds(30), 10)).extracting(AuthLink::id)
                .containsExactly(fresh.id());
        assertThat(stores.links().dueForDelivery(T0.plusSeconds(60), 10)).extracting(AuthLink::id)
                .containsExactlyInAnyOrder(fresh.id(), retrying.id());
        assertThat(stores.links().dueForDelivery(T0.plusSeconds(60), 1)).hasSize(1);
    }

    @Test
    void theOwnersCreatedEventCompletesThePendingLinkInItsOwnTransactionOnce() {
        AuthLink link = TestLinks.pending().build();
        stores.links().insert(link);
        AccountEvent created = TestEvents.created().account("acc-9").owner("owner-42", "Acme").provider("hibob")
                .at(T0.plusSeconds(60)).build();

        Recording.Recorded recorded = record(created, T0.plusSeconds(61));
        Recording again = stores.inbox().record(created, T0.plusSeconds(62),
                AccountEventRules.transitionFor(created, T0.plusSeconds(62)),
                AuthLinkRules.transitionFor(created, T0.plusSeconds(62)));

        assertThat(recorded.links()).hasSize(1);
        assertThat(recorded.links().get(0).link()).isEqualTo(stored(link));
        assertThat(stored(link).state()).isEqualTo(AuthLinkState.LINKED);
        assertThat(stored(link).linkedAccountId()).contains(new AccountId("acc-9"));
        assertThat(stored(link).linkedAt()).contains(T0.plusSeconds(60));
        assertThat(again).isInstanceOf(Recording.Duplicate.class);
    }

    @Test
    void onlyTheLinkNamingTheEventsProviderIsCompletedAndARevokedOneNever() {
        AuthLink bamboo = TestLinks.pending().provider("bamboohr").build();
        AuthLink hibob = TestLinks.pending().provider("hibob").createdAt(T0.plusSeconds(1)).build();
        AuthLink revoked = TestLinks.pending().provider("hibob").build().revoked(T0.plusSeconds(2));
        List.of(bamboo, hibob, revoked).forEach(stores.links()::insert);

        record(TestEvents.created().account("acc-1").owner("owner-42", "Acme").provider("hibob")
                .at(T0.plusSeconds(60)).build(), T0.plusSeconds(61));
        Recording.Recorded second = record(TestEvents.created().account("acc-2").owner("owner-42", "Acme")
                .provider("hibob").at(T0.plusSeconds(70)).build(), T0.plusSeconds(71));

        assertThat(stored(hibob).state()).isEqualTo(AuthLinkState.LINKED);
        assertThat(stored(hibob).linkedAccountId()).contains(new AccountId("acc-1"));
        assertThat(stored(bamboo).state()).isEqualTo(AuthLinkState.PENDING);
        assertThat(stored(revoked).state()).isEqualTo(AuthLinkState.REVOKED);
        assertThat(second.links()).isEmpty();
        assertThat(stored(bamboo).delivery().status()).isEqualTo(DeliveryStatus.PENDING);
    }
}
