package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.EventOrder;
import dev.connect.domain.model.event.InboxOutcome;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
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
    private static final String PINNED_KEY = "ae33a1f830c1e07a78a44bc565c148971032661ec88f7ffe84823d9a743a5a16";
    private static final String PINNED_MICROS_KEY = "0cc190536eb9654dcb04ad560c7eded26d7842a3ac3883c07bfd1c85243ab60a";

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
                TestEvents.unknown("account.paused").at(T0.plusSeconds(99)).build(), ARRIVAL);
        assertThat(unknown.outcome()).isEqualTo(InboxOutcome.IGNORED);
        assertThat(unknown.changesRegistry()).isFalse();
        assertThat(AccountEventRules.apply(Optional.empty(),
                TestEvents.unknown("x").build(), ARRIVAL).after()).isEmpty();
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
        assertThat(event.deduplicationKey().value()).matches("[0-9a-f]{64}");
    }

    /**
     * The key is stored: a change of its format would let every stored event be recorded again. Pinned to a value
     * computed outside Java: {@code printf 'account.created\nacc_9f8e7d\n2026-11-20T10:00:00Z' | sha256sum}.
     */
    @Test
    void theKeyFormatIsPinned() {
        AccountEvent event = TestEvents.created().account("acc_9f8e7d").at(Instant.parse("2026-11-20T10:00:00.000Z")).build();
        assertThat(event.deduplicationKey().value()).isEqualTo(PINNED_KEY);
        AccountEvent micros = TestEvents.created().account("acc_9f8e7d").at(Instant.parse("2026-11-20T10:00:00.123456789Z")).build();
        assertThat(micros.deduplicationKey().value()).isEqualTo(PINNED_MICROS_KEY);
    }

    @Test
    void eventsAtTheSameInstantOrderCreatedUpdatedDeletedAndDatesComeFirst() {
        EventOrder created = new EventOrder(T0, AccountEventKind.CREATED);
        EventOrder updated = new EventOrder(T0, AccountEventKind.UPDATED);
        EventOrder deleted = new EventOrder(T0, AccountEventKind.DELETED);
        assertThat(updated.isAfter(created)).isTrue();
        assertThat(deleted.isAfter(updated)).isTrue();
        assertThat(new EventOrder(T0.plusNanos(1000), AccountEventKind.CREATED).isAfter(deleted)).isTrue();
        assertThat(new EventOrder(T0.plusNanos(999), AccountEventKind.CREATED).isAfter(created))
                .as("dates are compared at microsecond precision").isFalse();
        assertThatThrownBy(() -> new EventOrder(T0, AccountEventKind.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
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
