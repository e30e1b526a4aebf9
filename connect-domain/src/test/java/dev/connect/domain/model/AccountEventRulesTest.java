package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountEventRulesTest {

    private static final Instant T0 = TestEvents.T0;
    private static final Instant ARRIVAL = T0.plus(Duration.ofDays(1));

    @Test
    void everyArrivalOrderOfFourEventsWithConflictingFieldsGivesTheSameEntry() {
        List<AccountEvent> events = List.of(
                TestEvents.created().at(T0).owner("o1", "Owner One").user("u1").setup(Map.of("domain", "one")).build(),
                TestEvents.updated().at(T0.plusSeconds(10)).owner("o2", null).user(null).setup(null).build(),
                TestEvents.updated().at(T0.plusSeconds(20)).bare().user("u3").build(),
                TestEvents.deleted().at(T0.plusSeconds(30)).bare().build());

        Set<LinkedAccountRecord> outcomes = new HashSet<>();
        for (List<AccountEvent> order : permutations(events)) {
            Optional<LinkedAccountRecord> entry = Optional.empty();
            for (AccountEvent event : order) {
                entry = AccountEventRules.apply(entry, event, ARRIVAL).after();
                entry = AccountEventRules.apply(entry, event, ARRIVAL).after(); // a duplicate changes nothing
            }
            outcomes.add(entry.orElseThrow());
        }

        assertThat(outcomes).hasSize(1);
        LinkedAccount account = outcomes.iterator().next().account();
        assertThat(account.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(account.ownerId()).contains(new OwnerId("o2"));
        assertThat(account.ownerName()).contains(new OwnerName("Owner One"));
        assertThat(account.userName()).contains(new UserName("u3"));
        assertThat(account.setupInformation().entries()).containsExactly(Map.entry("domain", "one"));
        assertThat(account.createdAt()).isEqualTo(T0);
        assertThat(account.lastEventDate()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aNewerCreatedAfterDeletedLinksAgainButAnOlderOneDoesNot() {
        AccountEvent deleted = TestEvents.deleted().at(T0.plusSeconds(10)).build();
        Optional<LinkedAccountRecord> tombstone = AccountEventRules.apply(Optional.empty(), deleted, ARRIVAL).after();
        assertThat(tombstone.orElseThrow().account().state()).isEqualTo(LinkedAccountState.DELETED);

        EventApplication older = AccountEventRules.apply(tombstone, TestEvents.created().at(T0).build(), ARRIVAL);
        assertThat(older.outcome()).isEqualTo(InboxOutcome.OUTDATED);
        assertThat(older.after().orElseThrow().account().state()).isEqualTo(LinkedAccountState.DELETED);

        EventApplication newer = AccountEventRules.apply(tombstone, TestEvents.created().at(T0.plusSeconds(11)).build(), ARRIVAL);
        assertThat(newer.outcome()).isEqualTo(InboxOutcome.APPLIED);
        assertThat(newer.after().orElseThrow().account().state()).isEqualTo(LinkedAccountState.LINKED);
    }

    @Test
    void atTheSameInstantCreatedComesBeforeUpdatedBeforeDeleted() {
        Optional<LinkedAccountRecord> entry = Optional.empty();
        entry = AccountEventRules.apply(entry, TestEvents.deleted().at(T0).build(), ARRIVAL).after();
        EventApplication created = AccountEventRules.apply(entry, TestEvents.created().at(T0).build(), ARRIVAL);
        assertThat(created.outcome()).isEqualTo(InboxOutcome.OUTDATED);
        assertThat(created.after().orElseThrow().account().state()).isEqualTo(LinkedAccountState.DELETED);
    }

    @Test
    void unknownEventsChangeNothing() {
        Optional<LinkedAccountRecord> entry = AccountEventRules.apply(Optional.empty(), TestEvents.created().build(), ARRIVAL).after();
        EventApplication unknown = AccountEventRules.apply(entry,
                TestEvents.event(new AccountEventType("account.paused")).at(T0.plusSeconds(99)).build(), ARRIVAL);
        assertThat(unknown.outcome()).isEqualTo(InboxOutcome.IGNORED);
        assertThat(unknown.changesRegistry()).isFalse();
        assertThat(AccountEventRules.apply(Optional.empty(),
                TestEvents.event(new AccountEventType("x")).build(), ARRIVAL).after()).isEmpty();
    }

    @Test
    void updatedAtMovesOnlyWhenTheEntryChanges() {
        AccountEvent created = TestEvents.created().build();
        Optional<LinkedAccountRecord> entry = AccountEventRules.apply(Optional.empty(), created, ARRIVAL).after();
        EventApplication again = AccountEventRules.apply(entry, created, ARRIVAL.plusSeconds(5));
        assertThat(again.outcome()).isEqualTo(InboxOutcome.OUTDATED);
        assertThat(again.changesRegistry()).isFalse();
        assertThat(again.after().orElseThrow().account().updatedAt()).isEqualTo(ARRIVAL);
    }

    @Test
    void theKeyIsTheEventsIdentityNotItsDelivery() {
        AccountEvent event = TestEvents.created().sentAt(T0.plusSeconds(1)).build();
        assertThat(event.resentAt(T0.plusSeconds(3600)).deduplicationKey()).isEqualTo(event.deduplicationKey());
        assertThat(TestEvents.updated().build().deduplicationKey()).isNotEqualTo(event.deduplicationKey());
        assertThat(TestEvents.created().account("other").build().deduplicationKey()).isNotEqualTo(event.deduplicationKey());
        assertThat(TestEvents.created().at(T0.plusMillis(1)).build().deduplicationKey()).isNotEqualTo(event.deduplicationKey());
        assertThat(TestEvents.event(new AccountEventType("ACCOUNT.CREATED")).build().deduplicationKey())
                .isEqualTo(event.deduplicationKey());
        assertThat(event.deduplicationKey().value()).matches("[0-9a-f]{64}");
    }

    @Test
    void eventOrdersSurviveTheirStorageNumber() {
        for (AccountEventKind kind : List.of(AccountEventKind.CREATED, AccountEventKind.UPDATED, AccountEventKind.DELETED)) {
            for (Instant date : List.of(T0, Instant.parse("2026-11-20T10:00:00.123456Z"), Instant.parse("1969-12-31T23:59:59.999999Z"))) {
                EventOrder order = new EventOrder(date, kind);
                assertThat(EventOrder.fromSequence(order.sequence())).isEqualTo(order);
            }
        }
        EventOrder a = new EventOrder(T0, AccountEventKind.DELETED);
        EventOrder b = new EventOrder(T0.plusNanos(1000), AccountEventKind.CREATED);
        assertThat(b.isAfter(a)).isTrue();
        assertThat(Long.compare(b.sequence(), a.sequence())).isPositive();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> one = new ArrayList<>(List.of(first));
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }
}
