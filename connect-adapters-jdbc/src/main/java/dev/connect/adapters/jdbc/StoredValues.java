package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.DeliveryStatus;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventOrder;
import dev.connect.domain.model.event.InboxOutcome;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How domain values are written into columns, stated value by value: stored data must not change meaning when an
 * enum constant is renamed or moved. Every mapping reads back what it writes, and nothing else.
 */
final class StoredValues {

    /** The digit an event's kind adds to its order number: created 0 < updated 1 < deleted 2, as stored since V1. */
    private static final Map<AccountEventKind, Integer> KIND_DIGITS = new EnumMap<>(Map.of(
            AccountEventKind.CREATED, 0, AccountEventKind.UPDATED, 1, AccountEventKind.DELETED, 2));
    /** {@code linked_account.last_event_type}, informational: the label each kind has been stored under since V1. */
    private static final Map<AccountEventKind, String> KIND_LABELS = new EnumMap<>(Map.of(
            AccountEventKind.CREATED, "account.created", AccountEventKind.UPDATED, "account.updated",
            AccountEventKind.DELETED, "account.deleted"));
    private static final Map<InboxOutcome, String> OUTCOMES = new EnumMap<>(Map.of(
            InboxOutcome.APPLIED, "applied", InboxOutcome.OUTDATED, "outdated", InboxOutcome.IGNORED, "ignored"));
    private static final Map<LinkedAccountState, String> STATES = new EnumMap<>(Map.of(
            LinkedAccountState.LINKED, "linked", LinkedAccountState.DELETED, "deleted"));
    /** {@code linked_account.last_check_status}, since V2. */
    private static final Map<AccountStatus, String> STATUSES = new EnumMap<>(Map.of(
            AccountStatus.ACTIVE, "active", AccountStatus.INACTIVE, "inactive", AccountStatus.SUSPENDED, "suspended",
            AccountStatus.ARCHIVED, "archived", AccountStatus.EXPIRED, "expired", AccountStatus.ERROR, "error",
            AccountStatus.UNKNOWN, "unknown"));
    private static final Map<AuthLinkState, String> LINK_STATES = new EnumMap<>(Map.of(
            AuthLinkState.PENDING, "pending", AuthLinkState.LINKED, "linked", AuthLinkState.EXPIRED, "expired",
            AuthLinkState.REVOKED, "revoked"));
    private static final Map<DeliveryStatus, String> DELIVERY_STATUSES = new EnumMap<>(Map.of(
            DeliveryStatus.PENDING, "pending", DeliveryStatus.SENT, "sent", DeliveryStatus.FAILED, "failed"));
    private static final long KINDS_PER_MICROSECOND = 4;

    private StoredValues() {
    }

    /**
     * One number with the same order as the event order: microseconds since the epoch times four, plus the kind's
     * digit. Every date the domain accepts (years 1970 to 9999) fits.
     */
    static long orderNumber(EventOrder order) {
        Instant date = order.eventDate();
        long micros = Math.addExact(Math.multiplyExact(date.getEpochSecond(), 1_000_000L), date.getNano() / 1_000);
        return Math.addExact(Math.multiplyExact(micros, KINDS_PER_MICROSECOND), stored(KIND_DIGITS, order.kind()));
    }

    static EventOrder eventOrder(long number) {
        long micros = Math.floorDiv(number, KINDS_PER_MICROSECOND);
        int digit = (int) Math.floorMod(number, KINDS_PER_MICROSECOND);
        Instant date = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return new EventOrder(date, read(KIND_DIGITS, digit, "event kind digit"));
    }

    static String kindLabel(AccountEventKind kind) {
        return stored(KIND_LABELS, kind);
    }

    static String outcome(InboxOutcome outcome) {
        return stored(OUTCOMES, outcome);
    }

    static InboxOutcome outcome(String stored) {
        return read(OUTCOMES, stored, "inbox outcome");
    }

    static String state(LinkedAccountState state) {
        return stored(STATES, state);
    }

    static LinkedAccountState state(String stored) {
        return read(STATES, stored, "account state");
    }

    static String status(AccountStatus status) {
        return stored(STATUSES, status);
    }

    static AccountStatus status(String stored) {
        return read(STATUSES, stored, "account status");
    }

    static String linkState(AuthLinkState state) {
        return stored(LINK_STATES, state);
    }

    static AuthLinkState linkState(String stored) {
        return read(LINK_STATES, stored, "auth link state");
    }

    static String deliveryStatus(DeliveryStatus status) {
        return stored(DELIVERY_STATUSES, status);
    }

    static DeliveryStatus deliveryStatus(String stored) {
        return read(DELIVERY_STATUSES, stored, "delivery status");
    }

    private static <K, V> V stored(Map<K, V> mapping, K value) {
        V stored = mapping.get(value);
        if (stored == null) {
            throw new IllegalArgumentException("no stored form for " + value);
        }
        return stored;
    }

    private static <K, V> K read(Map<K, V> mapping, V stored, String what) {
        for (Map.Entry<K, V> entry : mapping.entrySet()) {
            if (entry.getValue().equals(stored)) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unknown stored " + what + ": " + stored);
    }
}
