package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.InMemoryAccountDirectory;
import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.fakes.MutableClock;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.service.account.ReconcileLinkedAccountsService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReconcileLinkedAccountsServiceTest {

    private final MutableClock clock = new MutableClock(TestEvents.T0.plus(Duration.ofHours(1)));
    private final InMemoryWebhookInbox registry = new InMemoryWebhookInbox();
    private final InMemoryAccountDirectory stackOne = new InMemoryAccountDirectory();
    private final ReconcileLinkedAccountsService reconcile =
            new ReconcileLinkedAccountsService(stackOne, registry, registry, clock);

    /** An account linked at StackOne whose account.created reached connect. */
    private void linked(String id, String owner) {
        stackOne.add(id, owner, "bamboohr", AccountStatus.ACTIVE);
        deliver(TestEvents.created().account(id).owner(owner, owner).build(), clock.instant().minusSeconds(60));
    }

    private void deliver(AccountEvent event, Instant arrival) {
        registry.record(event, arrival, AccountEventRules.transitionFor(event, arrival));
    }

    private LinkedAccount registered(String id) {
        return registry.findById(new AccountId(id)).orElseThrow(() -> new AssertionError("not registered: " + id));
    }

    @Test
    void addsAnAccountWhoseCreatedWebhookWasLostAndDeletesOneWhoseDeletedWebhookWasLost() {
        linked("acc-kept", "owner-1");
        linked("acc-gone", "owner-1");
        stackOne.remove("acc-gone");                               // account.deleted lost
        stackOne.add("acc-new", "owner-2", "hibob", AccountStatus.ACTIVE); // account.created lost

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.deleted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1).as("acc-kept gets its first status");
        assertThat(report.unchanged()).isZero();
        assertThat(registered("acc-new").ownerId()).contains(new OwnerId("owner-2"));
        assertThat(registered("acc-new").state()).isEqualTo(LinkedAccountState.LINKED);
        assertThat(registered("acc-gone").state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(registered("acc-kept").lastCheck().orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(report.startedAt()).isEqualTo(clock.instant());
        assertThat(report.resumed()).isFalse();
    }

    @Test
    void aSecondRunRightAfterTheFirstChangesNothing() {
        linked("acc-1", "owner-1");
        stackOne.add("acc-2", "owner-1", "hibob", AccountStatus.ERROR);
        reconcile.reconcile();
        List<LinkedAccount> before = registry.findByOwner(new OwnerId("owner-1"));
        clock.advance(Duration.ofSeconds(1));

        ReconciliationReport second = reconcile.reconcile();

        assertThat(second.changedAnything()).isFalse();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(registry.findByOwner(new OwnerId("owner-1"))).isEqualTo(before);
    }

    @Test
    void readsEveryPageAndStopsAtTheFirstShortOne() {
        int total = DirectoryQuery.DEFAULT_PAGE_SIZE * 2 + 3;
        for (int i = 0; i < total; i++) {
            stackOne.add("acc-%03d".formatted(i), "owner-1", "bamboohr", AccountStatus.ACTIVE);
        }

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.added()).isEqualTo(total);
        assertThat(stackOne.calls()).containsExactly("list page=1", "list page=2", "list page=3");
    }

    /** A directory leaves out what connect cannot represent: a page it shortened so is not taken for the last. */
    @Test
    void aPageShortenedByAccountsConnectCannotRepresentIsNotTheLast() {
        for (int i = 0; i < DirectoryQuery.DEFAULT_PAGE_SIZE; i++) {
            stackOne.addUnrepresentable("foreign-%03d".formatted(i));
        }
        stackOne.add("acc-on-page-2", "owner-1", "bamboohr", AccountStatus.ACTIVE);

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.added()).isEqualTo(1);
        assertThat(registered("acc-on-page-2").ownerId()).contains(new OwnerId("owner-1"));
        assertThat(registry.findById(new AccountId("foreign-000"))).isEmpty();
        assertThat(stackOne.calls()).containsExactly("list page=1", "list page=2");
    }

    @Test
    void refreshesAStatusThatChangedAtStackOne() {
        linked("acc-1", "owner-1");
        reconcile.reconcile();
        stackOne.put(DirectoryAccount.of(new AccountId("acc-1"), new OwnerId("owner-1"),
                new dev.connect.domain.model.account.ProviderKey("bamboohr"), AccountStatus.EXPIRED));
        clock.advance(Duration.ofMinutes(1));

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(registered("acc-1").lastCheck().orElseThrow().status()).isEqualTo(AccountStatus.EXPIRED);
    }

    @Test
    void anEventAppliedAfterTheRunStartedWins() {
        linked("acc-1", "owner-1");
        stackOne.remove("acc-1");
        // the account is linked again at StackOne's side and its event arrives while the run is under way
        deliver(TestEvents.updated().account("acc-1").at(clock.instant()).build(), clock.instant().plusMillis(10));

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.deleted()).isZero();
        assertThat(registered("acc-1").state()).isEqualTo(LinkedAccountState.LINKED);
    }

    @Test
    void neverRevivesADeletedAccount() {
        linked("acc-1", "owner-1");
        deliver(TestEvents.deleted().account("acc-1").at(TestEvents.T0.plusSeconds(5)).build(),
                clock.instant().minusSeconds(30));

        ReconciliationReport report = reconcile.reconcile();

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(registered("acc-1").state()).isEqualTo(LinkedAccountState.DELETED);
    }

    @Test
    void anAccountMissedByAShiftedPageIsLookedUpAndNotDeleted() {
        for (int i = 0; i < DirectoryQuery.DEFAULT_PAGE_SIZE + 1; i++) {
            linked("acc-%03d".formatted(i), "owner-1");
        }
        // a directory that shifts: page 2 comes back empty, as if an account before it had been deleted meanwhile
        InMemoryAccountDirectory shifting = new InMemoryAccountDirectory();
        registry.findLinkedIds(java.util.Optional.empty(), 100).forEach(id -> shifting.add(id.value(), "owner-1",
                "bamboohr", AccountStatus.ACTIVE));
        var withShift = new ReconcileLinkedAccountsService(new ShiftingDirectory(shifting), registry, registry, clock);

        ReconciliationReport report = withShift.reconcile();

        assertThat(report.deleted()).isZero();
        assertThat(registered("acc-025").state()).isEqualTo(LinkedAccountState.LINKED);
        assertThat(shifting.calls()).contains("find acc-025");
    }

    @Test
    void aRunThatFailsPartWayDeletesNothingAndTheNextCallResumesIt() {
        for (int i = 0; i < DirectoryQuery.DEFAULT_PAGE_SIZE + 5; i++) {
            stackOne.add("acc-%03d".formatted(i), "owner-1", "bamboohr", AccountStatus.ACTIVE);
        }
        linked("zz-gone", "owner-1");
        stackOne.remove("zz-gone");
        Instant firstStart = clock.instant();
        stackOne.failCall(2); // page 2 is rate limited beyond the deadline

        assertThatThrownBy(reconcile::reconcile).isInstanceOf(UpstreamException.class);
        assertThat(registered("zz-gone").state()).isEqualTo(LinkedAccountState.LINKED);
        assertThat(registry.findByOwner(new OwnerId("owner-1"))).hasSize(DirectoryQuery.DEFAULT_PAGE_SIZE + 1);
        clock.advance(Duration.ofMinutes(1));

        ReconciliationReport resumed = reconcile.reconcile();

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.startedAt()).isEqualTo(firstStart);
        assertThat(resumed.added()).isEqualTo(DirectoryQuery.DEFAULT_PAGE_SIZE + 5);
        assertThat(resumed.deleted()).isEqualTo(1);
        assertThat(stackOne.calls()).containsExactly("list page=1", "list page=2", "list page=2", "find zz-gone");
    }

    @Test
    void aSecondCallWhileARunIsUnderWayIsRefused() throws Exception {
        CountDownLatch listing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var slow = new ReconcileLinkedAccountsService(new ShiftingDirectory(stackOne) {
            @Override
            public DirectoryPage list(DirectoryQuery query) {
                listing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new DirectoryPage(List.of(), true);
            }
        }, registry, registry, clock);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<ReconciliationReport> first = executor.submit(slow::reconcile);
            assertThat(listing.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(slow::reconcile).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already running");
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).changedAnything()).isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    /** Delegates, except that every page after the first is empty: the listing lost what shifted. */
    private static class ShiftingDirectory implements dev.connect.domain.port.out.account.LinkedAccountDirectoryPort {

        private final InMemoryAccountDirectory delegate;

        ShiftingDirectory(InMemoryAccountDirectory delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.util.Optional<DirectoryAccount> find(AccountId id) {
            return delegate.find(id);
        }

        @Override
        public java.util.Optional<dev.connect.domain.model.account.AccountMeta> meta(AccountId id) {
            return delegate.meta(id);
        }

        @Override
        public DirectoryPage list(DirectoryQuery query) {
            return query.page() == 1 ? delegate.list(query) : new DirectoryPage(List.of(), true);
        }

        @Override
        public boolean delete(AccountId id) {
            return delegate.delete(id);
        }
    }
}
