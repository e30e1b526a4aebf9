package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventOrder;
import dev.connect.domain.model.event.InboxOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is stored is pinned value by value: existing rows must keep their meaning whatever the enums become. */
class StoredValuesTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final long T_MICROS = 1_795_168_800_123_456L;

    @Test
    void anEventOrderIsMicrosecondsTimesFourPlusTheKindsDigit() {
        assertThat(StoredValues.orderNumber(new EventOrder(T, AccountEventKind.CREATED))).isEqualTo(T_MICROS * 4);
        assertThat(StoredValues.orderNumber(new EventOrder(T, AccountEventKind.UPDATED))).isEqualTo(T_MICROS * 4 + 1);
        assertThat(StoredValues.orderNumber(new EventOrder(T, AccountEventKind.DELETED))).isEqualTo(T_MICROS * 4 + 2);
    }

    @Test
    void orderNumbersReadBackAndSortLikeTheOrdersOverTheWholeDateRange() {
        List<EventOrder> ascending = List.of(
                new EventOrder(AccountEvent.EARLIEST_DATE, AccountEventKind.CREATED),
                new EventOrder(AccountEvent.EARLIEST_DATE, AccountEventKind.DELETED),
                new EventOrder(T, AccountEventKind.CREATED),
                new EventOrder(T, AccountEventKind.UPDATED),
                new EventOrder(T.plusNanos(1000), AccountEventKind.CREATED),
                new EventOrder(AccountEvent.LATEST_DATE, AccountEventKind.DELETED));
        for (int i = 0; i < ascending.size(); i++) {
            EventOrder order = ascending.get(i);
            assertThat(StoredValues.eventOrder(StoredValues.orderNumber(order))).isEqualTo(order);
            if (i > 0) {
                assertThat(StoredValues.orderNumber(order)).isGreaterThan(StoredValues.orderNumber(ascending.get(i - 1)));
            }
        }
        assertThatThrownBy(() -> StoredValues.eventOrder(T_MICROS * 4 + 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outcomesStatesAndKindLabelsAreStoredUnderTheirV1Names() {
        assertThat(StoredValues.outcome(InboxOutcome.APPLIED)).isEqualTo("applied");
        assertThat(StoredValues.outcome(InboxOutcome.OUTDATED)).isEqualTo("outdated");
        assertThat(StoredValues.outcome(InboxOutcome.IGNORED)).isEqualTo("ignored");
        assertThat(StoredValues.state(LinkedAccountState.LINKED)).isEqualTo("linked");
        assertThat(StoredValues.state(LinkedAccountState.DELETED)).isEqualTo("deleted");
        assertThat(StoredValues.kindLabel(AccountEventKind.CREATED)).isEqualTo("account.created");
        assertThat(StoredValues.kindLabel(AccountEventKind.UPDATED)).isEqualTo("account.updated");
        assertThat(StoredValues.kindLabel(AccountEventKind.DELETED)).isEqualTo("account.deleted");
        for (InboxOutcome outcome : InboxOutcome.values()) {
            assertThat(StoredValues.outcome(StoredValues.outcome(outcome))).isEqualTo(outcome);
        }
        for (LinkedAccountState state : LinkedAccountState.values()) {
            assertThat(StoredValues.state(StoredValues.state(state))).isEqualTo(state);
        }
        assertThatThrownBy(() -> StoredValues.kindLabel(AccountEventKind.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkStatusesAreStoredUnderTheirV2NamesAndEveryOneReadsBack() {
        assertThat(AccountStatus.values()).extracting(StoredValues::status)
                .containsExactly("active", "inactive", "suspended", "archived", "expired", "error", "unknown");
        for (AccountStatus status : AccountStatus.values()) {
            assertThat(StoredValues.status(StoredValues.status(status))).isEqualTo(status);
        }
    }

    @Test
    void statusReasonsRoundTripThroughTheirColumnWhateverTheyContain() {
        List<StatusReason> reasons = List.of(
                new StatusReason(Optional.of("a&b=c"), Optional.of("line one\nline two, 100% ü"), Optional.of(T)),
                new StatusReason(Optional.empty(), Optional.of("no code"), Optional.empty()),
                new StatusReason(Optional.of("only-code"), Optional.empty(), Optional.empty()));

        assertThat(StatusReasonsCodec.decode(StatusReasonsCodec.encode(reasons))).isEqualTo(reasons);
        assertThat(StatusReasonsCodec.decode(StatusReasonsCodec.encode(List.of()))).isEmpty();
        assertThat(StatusReasonsCodec.encode(reasons)).hasLineCount(3);
    }
}
