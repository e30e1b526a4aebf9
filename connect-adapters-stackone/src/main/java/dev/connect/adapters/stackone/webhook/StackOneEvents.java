package dev.connect.adapters.stackone.webhook;

import dev.connect.domain.model.event.AccountEventKind;
import java.util.Locale;
import java.util.Map;

/**
 * StackOne's account event names and what each means. A known name is canonicalised to StackOne's spelling whatever
 * case it arrived in, so that its de-duplication key (which includes the name) is the same for every spelling; an
 * unknown name is kept as it came.
 */
final class StackOneEvents {

    private static final Map<String, AccountEventKind> KINDS = Map.of(
            "account.created", AccountEventKind.CREATED,
            "account.updated", AccountEventKind.UPDATED,
            "account.deleted", AccountEventKind.DELETED);

    private StackOneEvents() {
    }

    static AccountEventKind kindOf(String event) {
        return KINDS.getOrDefault(event.toLowerCase(Locale.ROOT), AccountEventKind.UNKNOWN);
    }

    static String canonicalName(String event, AccountEventKind kind) {
        return kind.isKnown() ? event.toLowerCase(Locale.ROOT) : event;
    }
}
