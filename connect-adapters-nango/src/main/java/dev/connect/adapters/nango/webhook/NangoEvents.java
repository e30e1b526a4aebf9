package dev.connect.adapters.nango.webhook;

import dev.connect.domain.model.event.AccountEventKind;
import java.util.Locale;

/**
 * Nango's webhooks as connect's account events. Nango has no event name: a webhook has a {@code type} and, for
 * {@code auth}, an {@code operation} and {@code success}. connect names an auth webhook {@code auth.<operation>}, with
 * {@code .failed} when it reports a failure, in lower case for the operations Nango documents (so that every spelling
 * gives one de-duplication key) and as it came otherwise; any other type is named by its type.
 *
 * <table>
 *   <caption>What each means for the registry</caption>
 *   <tr><th>name</th><th>kind</th><th>because</th></tr>
 *   <tr><td>{@code auth.creation}</td><td>created</td><td>a connection was created</td></tr>
 *   <tr><td>{@code auth.override}</td><td>updated</td><td>it was re-authorised</td></tr>
 *   <tr><td>{@code auth.refresh}</td><td>updated</td><td>its credentials were refreshed (Nango sends refresh webhooks
 *       when a refresh fails; a successful one is read like a re-authorisation)</td></tr>
 *   <tr><td>{@code auth.<operation>.failed}</td><td>unknown</td><td>nothing changed that connect keeps: a failed
 *       creation left no connection, a failed override or refresh left the old one; the account's health check
 *       reads the failure from Nango's {@code errors}</td></tr>
 *   <tr><td>anything else ({@code sync}, {@code forward}, an operation Nango adds)</td><td>unknown</td><td>no account
 *       event</td></tr>
 * </table>
 *
 * Nango sends no event when a connection is deleted: connect learns of it from its own disconnect and from
 * reconciliation.
 */
final class NangoEvents {

    static final String AUTH = "auth";

    private NangoEvents() {
    }

    static String authName(String operation, boolean success) {
        String canonical = switch (operation.toLowerCase(Locale.ROOT)) {
            case "creation", "override", "refresh" -> operation.toLowerCase(Locale.ROOT);
            default -> operation;
        };
        return AUTH + "." + canonical + (success ? "" : ".failed");
    }

    static AccountEventKind kindOf(String name) {
        return switch (name) {
            case "auth.creation" -> AccountEventKind.CREATED;
            case "auth.override", "auth.refresh" -> AccountEventKind.UPDATED;
            default -> AccountEventKind.UNKNOWN;
        };
    }
}
