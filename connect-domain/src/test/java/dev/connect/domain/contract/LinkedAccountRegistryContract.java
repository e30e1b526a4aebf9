package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.InboxOutcome;
import dev.connect.domain.model.event.ObservedAccountRules;
import dev.connect.domain.model.event.RegistryUpdate;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase.Query;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import dev.connect.domain.service.account.ListLinkedAccountsService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every registry behind {@link LinkedAccountQueryPort} and {@link LinkedAccountStorePort} must do for the accounts
 * API and reconciliation: newest-first pages that stay stable while accounts are added, the linked ids for the sweep,
 * and connect's own changes, which interleave with webhook events by the same event orders. Run against the in-memory
 * fake and every real adapter.
 */
public abstract class LinkedAccountRegistryContract {

    /** The ports under test; in a real adapter one database. */
    public record Registry(WebhookInboxPort inbox, LinkedAccountQueryPort accounts, LinkedAccountStorePort store) {
    }

    protected abstract Registry openRegistry();

    protected void closeRegistry() {
    }

    protected static final Instant NOW = TestEvents.T0.plus(Duration.ofHours(3));

    protected Registry registry;

    @BeforeEach
    void setUpRegistry() {
        registry = openRegistry();
    }

    @AfterEach
    void tearDownRegistry() {
        closeRegistry();
    }

    /** Applies an event through the inbox as the webhook intake does, arriving at {@code receivedAt}. */
    protected InboxOutcome apply(AccountEvent event, Instant receivedAt) {
        Recording recording = registry.inbox().record(event, receivedAt, AccountEventRules.transitionFor(event, receivedAt));
        return ((Recording.Recorded) recording).application().outcome();
    }

    private void created(String id, String owner, String provider, Instant at) {
        apply(TestEvents.created().account(id).owner(owner, owner).provider(provider).at(at).build(), NOW);
    }

    private List<String> ids(AccountPage page) {
        return page.accounts().stream().map(account -> account.id().value()).toList();
    }

    @Test
    void pagesAreNewestFirstAndAccountsAddedBetweenPagesNeitherRepeatNorHideAny() {
        for (int i = 1; i <= 5; i++) {
            created("acc-" + i, "owner-a", "bamboohr", TestEvents.T0.plusSeconds(i));
        }
        created("acc-b", "owner-b", "bamboohr", TestEvents.T0.plusSeconds(3));
        var list = new ListLinkedAccountsService(registry.accounts());
        Query first = new Query(new OwnerId("owner-a"), Optional.empty(), Optional.empty(), new PageSize(2),
                Optional.empty());

        AccountPage one = list.list(first);
        created("acc-6", "owner-a", "bamboohr", TestEvents.T0.plusSeconds(6));        // newer than all: before page 1
        created("acc-0", "owner-a", "bamboohr", TestEvents.T0);                       // older than all: at the end
        AccountPage two = list.list(new Query(first.owner(), first.provider(), first.state(), first.size(), one.next()));
        AccountPage three = list.list(new Query(first.owner(), first.provider(), first.state(), first.size(), two.next()));

        assertThat(ids(one)).containsExactly("acc-5", "acc-4");
        assertThat(ids(two)).containsExactly("acc-3", "acc-2");
        assertThat(ids(three)).containsExactly("acc-1", "acc-0");
        assertThat(three.next()).isEmpty();
    }

    @Test
    void accountsCreatedAtTheSameInstantArePagedByIdWithoutLosingOne() {
        for (String id : List.of("acc-a", "acc-b", "acc-c")) {
            created(id, "owner-a", "hibob", TestEvents.T0);
        }
        var list = new ListLinkedAccountsService(registry.accounts());
        List<String> seen = new ArrayList<>();
        Optional<dev.connect.domain.model.account.PageCursor> cursor = Optional.empty();
        do {
            AccountPage page = list.list(new Query(new OwnerId("owner-a"), Optional.empty(), Optional.empty(),
                    new PageSize(1), cursor));
            seen.addAll(ids(page));
            cursor = page.next();
        } while (cursor.isPresent());

        assertThat(seen).containsExactly("acc-c", "acc-b", "acc-a");
    }

    @Test
    void filtersByProviderAndStateWithinTheOwner() {
        created("acc-1", "owner-a", "bamboohr", TestEvents.T0);
        created("acc-2", "owner-a", "hibob", TestEvents.T0.plusSeconds(1));
        created("acc-3", "owner-a", "hibob", TestEvents.T0.plusSeconds(2));
        created("acc-4", "owner-b", "hibob", TestEvents.T0.plusSeconds(3));
        apply(TestEvents.deleted().account("acc-3").provider("hibob").bare().at(TestEvents.T0.plusSeconds(10)).build(),
                NOW);
        var list = new ListLinkedAccountsService(registry.accounts());
        OwnerId owner = new OwnerId("owner-a");

        assertThat(ids(list.list(new Query(owner, Optional.of(new ProviderKey("hibob")), Optional.empty(),
                PageSize.DEFAULT, Optional.empty())))).containsExactly("acc-3", "acc-2");
        assertThat(ids(list.list(new Query(owner, Optional.of(new ProviderKey("hibob")),
                Optional.of(LinkedAccountState.LINKED), PageSize.DEFAULT, Optional.empty())))).containsExactly("acc-2");
        assertThat(ids(list.list(new Query(owner, Optional.empty(), Optional.of(LinkedAccountState.DELETED),
                PageSize.DEFAULT, Optional.empty())))).containsExactly("acc-3");
    }

    @Test
    void linkedIdsComeInIdOrderAfterTheLastOneAndSkipDeletedAccounts() {
        for (String id : List.of("acc-c", "acc-a", "acc-d", "acc-b")) {
            created(id, "owner-" + id, "bamboohr", TestEvents.T0);
        }
        apply(TestEvents.deleted().account("acc-b").at(TestEvents.T0.plusSeconds(1)).build(), NOW);

        assertThat(registry.accounts().findLinkedIds(Optional.empty(), 2)).extracting(AccountId::value)
                .containsExactly("acc-a", "acc-c");
        assertThat(registry.accounts().findLinkedIds(Optional.of(new AccountId("acc-c")), 2))
                .extracting(AccountId::value).containsExactly("acc-d");
    }

    @Test
    void anAccountAddedFromTheDirectoryKeepsEveryFieldAndItsCheck() {
        Instant reasonAt = Instant.parse("2026-11-20T09:00:00.123456Z");
        DirectoryAccount listed = new DirectoryAccount(new AccountId("acc-9"), new OwnerId("owner-9"),
                Optional.of(new OwnerName("Initech")), Optional.of(new UserName("peter@initech.test")),
                new ProviderKey("personio"), AccountStatus.ERROR,
                List.of(new StatusReason(Optional.of("token_expired"), Optional.of("Token expired & revoked"),
                        Optional.of(reasonAt)), new StatusReason(Optional.empty(), Optional.of("line\nbreak"), Optional.empty())),
                Optional.of(new SetupInformation(Map.of("domain", "initech"))), Optional.of(TestEvents.T0));

        RegistryUpdate update = registry.store().change(listed.id(), ObservedAccountRules.listed(listed, NOW, NOW));

        assertThat(update.created()).isTrue();
        LinkedAccount stored = registry.accounts().findById(listed.id()).orElseThrow();
        assertThat(stored).isEqualTo(update.account().orElseThrow());
        assertThat(stored.createdAt()).isEqualTo(TestEvents.T0);
        assertThat(stored.ownerName()).contains(new OwnerName("Initech"));
        assertThat(stored.setupInformation().entries()).containsExactly(Map.entry("domain", "initech"));
        assertThat(stored.lastCheck()).contains(new AccountCheck(AccountStatus.ERROR, listed.statusReasons(), NOW));
        assertThat(registry.store().change(listed.id(), ObservedAccountRules.listed(listed, NOW.plusSeconds(1), NOW))
                .changed()).as("listed again with the same findings").isFalse();
    }

    @Test
    void aCheckSurvivesLaterWebhooksAndAnOlderCheckDoesNotReplaceIt() {
        created("acc-1", "owner-a", "bamboohr", TestEvents.T0);
        AccountCheck check = new AccountCheck(AccountStatus.SUSPENDED, List.of(), NOW.plusSeconds(10));
        registry.store().change(new AccountId("acc-1"), ObservedAccountRules.checked(check));

        apply(TestEvents.updated().account("acc-1").at(TestEvents.T0.plusSeconds(60)).build(), NOW.plusSeconds(20));
        RegistryUpdate older = registry.store().change(new AccountId("acc-1"), ObservedAccountRules.checked(
                new AccountCheck(AccountStatus.ACTIVE, List.of(), NOW.plusSeconds(5))));

        assertThat(older.changed()).isFalse();
        LinkedAccount account = registry.accounts().findById(new AccountId("acc-1")).orElseThrow();
        assertThat(account.lastCheck()).contains(check);
        assertThat(account.lastEventDate()).isEqualTo(TestEvents.T0.plusSeconds(60));
    }

    @Test
    void aDeletionConnectObservedMakesStackOnesOwnDeletedWebhookAHarmlessDuplicate() {
        created("acc-1", "owner-a", "bamboohr", TestEvents.T0);
        Instant confirmed = TestEvents.T0.plusSeconds(100);
        registry.store().change(new AccountId("acc-1"), ObservedAccountRules.deletedAt(confirmed));
        LinkedAccount deleted = registry.accounts().findById(new AccountId("acc-1")).orElseThrow();

        InboxOutcome webhook = apply(TestEvents.deleted().account("acc-1").at(confirmed.minusMillis(300)).build(),
                NOW.plusSeconds(1));

        assertThat(webhook).isEqualTo(InboxOutcome.OUTDATED);
        assertThat(registry.accounts().findById(new AccountId("acc-1"))).contains(deleted);
        assertThat(deleted.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(deleted.lastEventDate()).isEqualTo(confirmed);
    }

    @Test
    void anEventNewerThanAnObservedDeletionStillWins() {
        created("acc-1", "owner-a", "bamboohr", TestEvents.T0);
        registry.store().change(new AccountId("acc-1"), ObservedAccountRules.deletedAt(TestEvents.T0.plusSeconds(100)));

        InboxOutcome relinked = apply(TestEvents.updated().account("acc-1").at(TestEvents.T0.plusSeconds(101)).build(), NOW);

        assertThat(relinked).isEqualTo(InboxOutcome.APPLIED);
        assertThat(registry.accounts().findById(new AccountId("acc-1")).orElseThrow().state())
                .isEqualTo(LinkedAccountState.LINKED);
    }

    @Test
    void aReconciliationAddingAnAccountWhileItsWebhooksArriveEndsInTheNewestEventsStateWhateverWinsTheRace()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                AccountId id = new AccountId("acc-race-" + round);
                DirectoryAccount listed = DirectoryAccount.of(id, new OwnerId("owner-a"), new ProviderKey("hibob"),
                        AccountStatus.ACTIVE);
                Instant listedAt = TestEvents.T0.plusSeconds(50);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> racers = List.of(
                        pool.submit(() -> await(go, () -> registry.store().change(id,
                                ObservedAccountRules.listed(listed, listedAt, TestEvents.T0)))),
                        pool.submit(() -> await(go, () -> apply(TestEvents.created().account(id.value())
                                .owner("owner-a", "A").provider("hibob").build(), NOW))),
                        pool.submit(() -> await(go, () -> apply(TestEvents.deleted().account(id.value())
                                .provider("hibob").bare().at(TestEvents.T0.plusSeconds(100)).build(), NOW))),
                        pool.submit(() -> await(go, () -> registry.store().change(id,
                                ObservedAccountRules.checked(listed.checkAt(NOW))))));
                go.countDown();
                for (Future<?> racer : racers) {
                    racer.get(30, TimeUnit.SECONDS);
                }

                LinkedAccount after = registry.accounts().findById(id).orElseThrow();
                assertThat(after.state()).as("round %d", round).isEqualTo(LinkedAccountState.DELETED);
                assertThat(after.lastEventDate()).isEqualTo(TestEvents.T0.plusSeconds(100));
                assertThat(after.ownerId()).contains(new OwnerId("owner-a"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object await(CountDownLatch go, java.util.concurrent.Callable<?> work) throws Exception {
        go.await(10, TimeUnit.SECONDS);
        return work.call();
    }

    @Test
    void aChangeToAnUnknownAccountThatCreatesNothingWritesNothing() {
        RegistryUpdate update = registry.store().change(new AccountId("acc-none"),
                ObservedAccountRules.deletedAt(NOW));

        assertThat(update.changed()).isFalse();
        assertThat(registry.accounts().findById(new AccountId("acc-none"))).isEmpty();
    }
}
