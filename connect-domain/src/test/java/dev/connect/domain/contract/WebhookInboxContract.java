package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.FakeAccountEventDecoder;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.InboxOutcome;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Command;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import dev.connect.domain.service.event.PurgeWebhookInboxService;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link WebhookInboxPort} and {@link LinkedAccountQueryPort} must do, checked through the
 * real {@link ReceiveAccountEventService} (with a fake decoder) and through the ports directly. Run against the
 * in-memory fake and against every real adapter.
 */
public abstract class WebhookInboxContract {

    /** The stores under test; in a real adapter usually one database. */
    public record Stores(WebhookInboxPort ledger, LinkedAccountQueryPort accounts) {
    }

    /** Fresh, empty stores for one test. */
    protected abstract Stores openStores();

    /** Releases what {@link #openStores()} opened (a pool, a schema). */
    protected void closeStores() {
    }

    protected static final Instant NOW = TestEvents.T0.plus(Duration.ofHours(3));

    protected Stores stores;
    protected FakeAccountEventDecoder decoder;
    protected List<AccountEvent> notified;
    protected ReceiveAccountEventService service;

    @BeforeEach
    void setUpContract() {
        stores = openStores();
        decoder = new FakeAccountEventDecoder();
        notified = new CopyOnWriteArrayList<>();
        AccountEventListenerPort listener = (event, account) -> notified.add(event);
        service = new ReceiveAccountEventService(decoder, stores.ledger(), List.of(listener), WebhookFreshness.DEFAULT);
    }

    @AfterEach
    void tearDownContract() {
        closeStores();
    }

    /** Delivers {@code event} now, as StackOne sends it: {@code sent_at} a few seconds before arrival. */
    protected Result deliver(AccountEvent event) {
        return service.receive(new Command(decoder.deliveryOf(event.resentAt(NOW.minusSeconds(5)), NOW)));
    }

    @Test
    void aFirstCreatedEventIsRecordedAndApplied() {
        AccountEvent created = TestEvents.created().at(TestEvents.T0).build();

        Result result = deliver(created);

        assertThat(result).isInstanceOf(Result.Applied.class);
        LinkedAccount account = stores.accounts().findById(created.accountId()).orElseThrow();
        assertThat(account.state()).isEqualTo(LinkedAccountState.LINKED);
        assertThat(account.ownerId()).contains(new OwnerId("owner-1"));
        assertThat(account.ownerName()).contains(new OwnerName("Acme Ltd"));
        assertThat(account.userName()).contains(new UserName("ada@acme.test"));
        assertThat(account.provider().value()).isEqualTo("bamboohr");
        assertThat(account.createdAt()).isEqualTo(TestEvents.T0);
        assertThat(account.lastEventDate()).isEqualTo(TestEvents.T0);
        assertThat(account.updatedAt()).isEqualTo(NOW);
        assertThat(account.setupInformation().entries()).containsExactly(Map.entry("domain", "acme"));
        assertThat(((Result.Applied) result).account()).isEqualTo(account);

        InboxEntry entry = stores.ledger().findRecorded(created.deduplicationKey()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(InboxOutcome.APPLIED);
        assertThat(entry.name()).isEqualTo(created.name());
        assertThat(entry.accountId()).isEqualTo(created.accountId());
        assertThat(entry.eventDate()).isEqualTo(created.eventDate());
        assertThat(entry.sentAt()).isEqualTo(NOW.minusSeconds(5));
        assertThat(entry.receivedAt()).isEqualTo(NOW);
        assertThat(stores.ledger().isRecorded(created.deduplicationKey())).isTrue();
        assertThat(notified).containsExactly(created.resentAt(NOW.minusSeconds(5)));
    }

    @Test
    void aRepeatedDeliveryIsADuplicateAndChangesNothing() {
        AccountEvent created = TestEvents.created().build();
        deliver(created);
        LinkedAccount before = stores.accounts().findById(created.accountId()).orElseThrow();

        Result again = service.receive(new Command(
                decoder.deliveryOf(created.resentAt(NOW.plusSeconds(60)), NOW.plusSeconds(61))));

        assertThat(again).isInstanceOf(Result.Duplicate.class);
        assertThat(stores.accounts().findById(created.accountId())).contains(before);
        assertThat(notified).hasSize(1);
    }

    @Test
    void recordingAKeyTwiceThroughThePortGivesDuplicate() {
        AccountEvent created = TestEvents.created().build();
        WebhookInboxPort ledger = stores.ledger();
        var first = ledger.record(created, NOW, AccountEventRules.transitionFor(created, NOW));
        var second = ledger.record(created, NOW, AccountEventRules.transitionFor(created, NOW));

        assertThat(first).isInstanceOf(WebhookInboxPort.Recording.Recorded.class);
        assertThat(second).isInstanceOf(WebhookInboxPort.Recording.Duplicate.class);
    }

    @Test
    void theSameEventDeliveredOneHundredTimesConcurrentlyChangesTheRegistryOnce() throws Exception {
        AccountEvent created = TestEvents.created().account("acc-concurrent").build();
        List<Result> results = concurrently(100, i -> () -> service.receive(new Command(
                decoder.deliveryOf(created.resentAt(NOW.minusSeconds(i % 50)), NOW))));

        assertThat(results).filteredOn(Result.Applied.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Result.Duplicate.class::isInstance).hasSize(99);
        assertThat(notified).hasSize(1);
        assertThat(stores.accounts().findById(created.accountId())).isPresent();
    }

    @Test
    void concurrentDifferentEventsOfOneAccountEndInTheNewestState() throws Exception {
        List<Callable<Result>> work = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            String id = "acc-race-" + a;
            for (AccountEvent event : history(id)) {
                for (int copy = 0; copy < 3; copy++) {
                    work.add(() -> deliver(event));
                }
            }
        }
        Collections.shuffle(work, new java.util.Random(42));
        List<Result> results = runAll(work);

        assertThat(results).filteredOn(Result.Duplicate.class::isInstance).hasSize(60);
        for (int a = 0; a < 10; a++) {
            assertNewestState(stores.accounts().findById(new AccountId("acc-race-" + a)).orElseThrow());
        }
    }

    @Test
    void everyOrderOfCreatedUpdatedDeletedEndsInTheNewestEventsState() {
        int n = 0;
        for (List<Integer> order : permutations(List.of(0, 1, 2))) {
            String id = "acc-order-" + n++;
            List<AccountEvent> history = history(id);
            for (int index : order) {
                deliver(history.get(index));
                deliver(history.get(index)); // and each one twice
            }
            assertNewestState(stores.accounts().findById(new AccountId(id)).orElseThrow());
            for (AccountEvent event : history) {
                assertThat(stores.ledger().findRecorded(event.deduplicationKey())).isPresent();
            }
        }
    }

    @Test
    void everyOrderOfCreatedAndUpdatedEndsLinkedWithTheUpdatesDataAndTheCreatesOwner() {
        AccountEvent created = TestEvents.created().account("acc-cu").at(TestEvents.T0).build();
        AccountEvent updated = TestEvents.updated().account("acc-cu").at(TestEvents.T0.plusSeconds(60)).bare()
                .setup(Map.of("domain", "acme-2")).build();
        AccountEvent created2 = TestEvents.created().account("acc-uc").at(TestEvents.T0).build();
        AccountEvent updated2 = TestEvents.updated().account("acc-uc").at(TestEvents.T0.plusSeconds(60)).bare()
                .setup(Map.of("domain", "acme-2")).build();

        assertThat(deliver(created)).isInstanceOf(Result.Applied.class);
        assertThat(deliver(updated)).isInstanceOf(Result.Applied.class);
        assertThat(deliver(updated2)).isInstanceOf(Result.Applied.class);
        assertThat(deliver(created2)).isInstanceOf(Result.Outdated.class);

        LinkedAccount inOrder = stores.accounts().findById(new AccountId("acc-cu")).orElseThrow();
        LinkedAccount reversed = stores.accounts().findById(new AccountId("acc-uc")).orElseThrow();
        for (LinkedAccount account : List.of(inOrder, reversed)) {
            assertThat(account.state()).isEqualTo(LinkedAccountState.LINKED);
            assertThat(account.ownerId()).contains(new OwnerId("owner-1"));
            assertThat(account.ownerName()).contains(new OwnerName("Acme Ltd"));
            assertThat(account.userName()).contains(new UserName("ada@acme.test"));
            assertThat(account.setupInformation().entries()).containsExactly(Map.entry("domain", "acme-2"));
            assertThat(account.createdAt()).isEqualTo(TestEvents.T0);
            assertThat(account.lastEventDate()).isEqualTo(TestEvents.T0.plusSeconds(60));
        }
        assertThat(stores.ledger().findRecorded(created2.deduplicationKey()).orElseThrow().outcome())
                .isEqualTo(InboxOutcome.OUTDATED);
    }

    @Test
    void aCreatedReplayedAfterDeletedDoesNotResurrect() {
        AccountEvent created = TestEvents.created().account("acc-z").at(TestEvents.T0).build();
        AccountEvent deleted = TestEvents.deleted().account("acc-z").at(TestEvents.T0.plusSeconds(10)).build();
        deliver(created);
        deliver(deleted);

        Result replay = service.receive(new Command(decoder.deliveryOf(created.resentAt(NOW), NOW.plusSeconds(1))));

        assertThat(replay).isInstanceOf(Result.Duplicate.class);
        assertThat(stores.accounts().findById(new AccountId("acc-z")).orElseThrow().state())
                .isEqualTo(LinkedAccountState.DELETED);
    }

    @Test
    void anOlderEventAfterPurgeIsRecordedButNotApplied() {
        AccountEvent created = TestEvents.created().account("acc-p").at(TestEvents.T0).build();
        AccountEvent deleted = TestEvents.deleted().account("acc-p").at(TestEvents.T0.plusSeconds(10)).build();
        deliver(created);
        deliver(deleted);
        int purged = new PurgeWebhookInboxService(stores.ledger(), WebhookFreshness.DEFAULT).purge(NOW.plus(Duration.ofDays(2)));
        assertThat(purged).isEqualTo(2);

        Instant later = NOW.plus(Duration.ofDays(2));
        Result replay = service.receive(new Command(decoder.deliveryOf(created.resentAt(later), later)));

        assertThat(replay).isInstanceOf(Result.Outdated.class);
        assertThat(stores.accounts().findById(new AccountId("acc-p")).orElseThrow().state())
                .isEqualTo(LinkedAccountState.DELETED);
        assertThat(stores.ledger().findRecorded(created.deduplicationKey()).orElseThrow().outcome())
                .isEqualTo(InboxOutcome.OUTDATED);
    }

    @Test
    void unknownEventsAreRecordedButNotApplied() {
        AccountEvent unknown = TestEvents.unknown("account.suspended").account("acc-u").build();

        Result result = deliver(unknown);

        assertThat(result).isInstanceOf(Result.Ignored.class);
        assertThat(stores.accounts().findById(new AccountId("acc-u"))).isEmpty();
        InboxEntry entry = stores.ledger().findRecorded(unknown.deduplicationKey()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(InboxOutcome.IGNORED);
        assertThat(entry.name().value()).isEqualTo("account.suspended");
        assertThat(notified).isEmpty();
        assertThat(deliver(unknown)).isInstanceOf(Result.Duplicate.class);
    }

    @Test
    void staleAndFutureDeliveriesAreRefusedAndStoreNothing() {
        AccountEvent created = TestEvents.created().account("acc-stale").build();
        Instant sent = NOW.minus(Duration.ofHours(24)).minusSeconds(1);

        assertThatThrownBy(() -> service.receive(new Command(decoder.deliveryOf(created.resentAt(sent), NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));
        Instant future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThatThrownBy(() -> service.receive(new Command(decoder.deliveryOf(created.resentAt(future), NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));

        assertThat(stores.ledger().isRecorded(created.deduplicationKey())).isFalse();
        assertThat(stores.accounts().findById(created.accountId())).isEmpty();
        assertThat(service.rejections(ErrorCode.EVENT_STALE)).isEqualTo(2);

        Instant edge = NOW.minus(Duration.ofHours(24));
        assertThat(service.receive(new Command(decoder.deliveryOf(created.resentAt(edge), NOW))))
                .isInstanceOf(Result.Applied.class);
    }

    @Test
    void malformedSignedDeliveriesAreKeptAsRejectedAndUnsignedOnesOnlyCounted() {
        assertThatThrownBy(() -> service.receive(new Command(FakeAccountEventDecoder.malformed("{not json", NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED));
        assertThatThrownBy(() -> service.receive(new Command(FakeAccountEventDecoder.unsigned("{}", NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
        assertThatThrownBy(() -> service.receive(new Command(FakeAccountEventDecoder.unsigned("{}", NOW))))
                .isInstanceOf(WebhookRejectedException.class);

        List<RejectedDelivery> rejected = stores.ledger().findRejected(10);
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).reason()).isEqualTo(ErrorCode.EVENT_MALFORMED);
        assertThat(rejected.get(0).receivedAt()).isEqualTo(NOW);
        assertThat(rejected.get(0).detail()).isNotBlank();
        assertThat(new String(rejected.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(service.rejections(ErrorCode.SIGNATURE_INVALID)).isEqualTo(2);
        assertThat(service.rejections(ErrorCode.EVENT_MALFORMED)).as("kept as rejected, not counted").isZero();
    }

    @Test
    void rejectedDeliveriesAreListedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            stores.ledger().recordRejected(new RejectedDelivery(NOW.plusSeconds(i), ErrorCode.EVENT_MALFORMED,
                    "missing field 'event' " + i, new byte[] {(byte) i, (byte) 0xff}));
        }
        List<RejectedDelivery> two = stores.ledger().findRejected(2);
        assertThat(two).extracting(RejectedDelivery::detail).containsExactly("missing field 'event' 2", "missing field 'event' 1");
        assertThat(two.get(0).body()).containsExactly(2, 0xff);
    }

    @Test
    void purgeRemovesKeysOlderThanTheCutoffAndNeverYoungerOnes() {
        AccountEvent old = TestEvents.created().account("acc-old").build();
        AccountEvent young = TestEvents.created().account("acc-young").build();
        Instant cutoff = NOW.minus(Duration.ofHours(24));
        stores.ledger().record(old.resentAt(cutoff.minusSeconds(2)), cutoff.minusSeconds(1),
                AccountEventRules.transitionFor(old, cutoff.minusSeconds(1)));
        stores.ledger().record(young.resentAt(cutoff.minusSeconds(2)), cutoff,
                AccountEventRules.transitionFor(young, cutoff));

        assertThat(stores.ledger().purgeRecordedBefore(cutoff)).isEqualTo(1);

        assertThat(stores.ledger().isRecorded(old.deduplicationKey())).isFalse();
        assertThat(stores.ledger().isRecorded(young.deduplicationKey())).isTrue();
        assertThat(stores.accounts().findById(old.accountId())).as("the registry is not purged").isPresent();
        assertThat(stores.ledger().purgeRecordedBefore(cutoff)).isZero();
    }

    @Test
    void accountsAreReadByOwnerAndById() {
        deliver(TestEvents.created().account("acc-b").owner("owner-a", "A").at(TestEvents.T0.plusSeconds(5)).build());
        deliver(TestEvents.created().account("acc-a").owner("owner-a", "A").at(TestEvents.T0).build());
        deliver(TestEvents.created().account("acc-c").owner("owner-c", "C").build());
        deliver(TestEvents.updated().account("acc-nobody").bare().build());
        deliver(TestEvents.deleted().account("acc-b").owner("owner-a", "A").at(TestEvents.T0.plusSeconds(9)).build());

        assertThat(stores.accounts().findByOwner(new OwnerId("owner-a")))
                .extracting(a -> a.id().value(), LinkedAccount::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("acc-a", LinkedAccountState.LINKED),
                        org.assertj.core.groups.Tuple.tuple("acc-b", LinkedAccountState.DELETED));
        assertThat(stores.accounts().findByOwner(new OwnerId("owner-x"))).isEmpty();
        LinkedAccount nobody = stores.accounts().findById(new AccountId("acc-nobody")).orElseThrow();
        assertThat(nobody.ownerId()).isEmpty();
        assertThat(nobody.userName()).isEmpty();
        assertThat(nobody.setupInformation()).isEqualTo(SetupInformation.EMPTY);
        assertThat(stores.accounts().findById(new AccountId("acc-none"))).isEmpty();
    }

    @Test
    void setupInformationAndDatesSurviveStorageExactly() {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("domain", "acme & co = 100% \"ok\"");
        setup.put("région", "Zürich ✓");
        setup.put("nested", "{\"a\":[1,2]}");
        setup.put("empty", "");
        AccountEvent created = TestEvents.created().account("acc-setup").setup(setup)
                .at(Instant.parse("2026-11-20T10:00:00.123456789Z")).build();

        deliver(created);

        LinkedAccount account = stores.accounts().findById(created.accountId()).orElseThrow();
        assertThat(account.setupInformation().entries()).isEqualTo(setup);
        assertThat(account.lastEventDate()).isEqualTo(Instant.parse("2026-11-20T10:00:00.123456Z"));
        assertThat(stores.ledger().findRecorded(created.deduplicationKey())).isPresent();
        AccountEvent sameMicro = TestEvents.created().account("acc-setup")
                .at(Instant.parse("2026-11-20T10:00:00.123456001Z")).build();
        assertThat(deliver(sameMicro)).isInstanceOf(Result.Duplicate.class);
    }

    @Test
    void aBurstOfDistinctEventsIsAppliedEachExactlyOnceInEveryAccountsOrder() throws Exception {
        List<Callable<Result>> work = new ArrayList<>();
        int accounts = 60;
        for (int a = 0; a < accounts; a++) {
            for (AccountEvent event : history("acc-burst-" + a).subList(0, 2)) {
                work.add(() -> deliver(event));
            }
        }
        Collections.shuffle(work, new java.util.Random(7));
        List<Result> results = runAll(work);

        assertThat(results).noneMatch(Result.Duplicate.class::isInstance);
        long applied = results.stream().filter(Result.Applied.class::isInstance).count();
        assertThat(applied).as("every account's newest event, and its created when that came first").isBetween(
                (long) accounts, 2L * accounts);
        assertThat(notified).hasSize((int) applied);
        for (int a = 0; a < accounts; a++) {
            LinkedAccount account = stores.accounts().findById(new AccountId("acc-burst-" + a)).orElseThrow();
            assertThat(account.state()).isEqualTo(LinkedAccountState.LINKED);
            assertThat(account.lastEventDate()).isEqualTo(TestEvents.T0.plus(Duration.ofHours(1)));
            assertThat(account.ownerId()).contains(new OwnerId("owner-1"));
            assertThat(account.setupInformation().entries()).containsExactly(Map.entry("domain", "acme-2"));
            for (AccountEvent event : history("acc-burst-" + a).subList(0, 2)) {
                assertThat(stores.ledger().findRecorded(event.deduplicationKey())).isPresent();
            }
        }
    }

    @Test
    void aTransitionThatFailsFailsItsOwnRecordingOnly() throws Exception {
        List<AccountEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(TestEvents.created().account("acc-isolated-" + i).build());
        }
        AccountEvent refused = events.get(17);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Map<AccountEvent, Future<Recording>> recordings = new LinkedHashMap<>();
            for (AccountEvent event : events) {
                recordings.put(event, pool.submit(() -> {
                    start.await();
                    return stores.ledger().record(event, NOW, current -> {
                        if (event == refused) {
                            throw new IllegalStateException("the test refuses this event");
                        }
                        return AccountEventRules.apply(current, event, NOW);
                    });
                }));
            }
            start.countDown();
            for (Map.Entry<AccountEvent, Future<Recording>> recording : recordings.entrySet()) {
                if (recording.getKey() == refused) {
                    assertThatThrownBy(() -> recording.getValue().get(60, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(IllegalStateException.class);
                } else {
                    assertThat(recording.getValue().get(60, TimeUnit.SECONDS)).isInstanceOf(Recording.Recorded.class);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (AccountEvent event : events) {
            boolean written = event != refused;
            assertThat(stores.ledger().findRecorded(event.deduplicationKey()).isPresent()).isEqualTo(written);
            assertThat(stores.accounts().findById(event.accountId()).isPresent()).isEqualTo(written);
        }
        assertThat(stores.ledger().record(refused, NOW, AccountEventRules.transitionFor(refused, NOW)))
                .as("nothing of it was written, so it can be recorded now")
                .isInstanceOf(Recording.Recorded.class);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** created (with owner, user, setup), updated (bare but a new setup), deleted (bare): an hour apart. */
    protected static List<AccountEvent> history(String accountId) {
        return List.of(
                TestEvents.created().account(accountId).at(TestEvents.T0).build(),
                TestEvents.updated().account(accountId).at(TestEvents.T0.plus(Duration.ofHours(1))).bare()
                        .setup(Map.of("domain", "acme-2")).build(),
                TestEvents.deleted().account(accountId).at(TestEvents.T0.plus(Duration.ofHours(2))).bare().build());
    }

    /** The state {@link #history} ends in, whatever the order: deleted, with the created event's owner. */
    protected static void assertNewestState(LinkedAccount account) {
        assertThat(account.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(account.lastEventDate()).isEqualTo(TestEvents.T0.plus(Duration.ofHours(2)));
        assertThat(account.createdAt()).isEqualTo(TestEvents.T0);
        assertThat(account.ownerId()).contains(new OwnerId("owner-1"));
        assertThat(account.ownerName()).contains(new OwnerName("Acme Ltd"));
        assertThat(account.userName()).contains(new UserName("ada@acme.test"));
        assertThat(account.provider().value()).isEqualTo("bamboohr");
        assertThat(account.setupInformation().entries()).containsExactly(Map.entry("domain", "acme-2"));
    }

    protected static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> one = new ArrayList<>();
                one.add(first);
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    protected interface Task {
        Callable<Result> make(int index);
    }

    protected static List<Result> concurrently(int count, Task task) throws Exception {
        List<Callable<Result>> work = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            work.add(task.make(i));
        }
        return runAll(work);
    }

    /** Runs every task at once (as far as 32 threads allow), released together by a latch. */
    protected static List<Result> runAll(List<Callable<Result>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Result>> futures = new ArrayList<>();
            for (Callable<Result> task : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
