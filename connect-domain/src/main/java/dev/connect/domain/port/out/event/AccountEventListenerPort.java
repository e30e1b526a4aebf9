package dev.connect.domain.port.out.event;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.event.AccountEvent;

/**
 * Told about each applied account event after its transaction committed (at most once per event, in no guaranteed
 * order across accounts), and about each auth link that changed state (linked by an event, expired, revoked), after its
 * transaction committed too. A listener must be quick; a {@link RuntimeException} it throws is swallowed by the intake
 * and never fails the delivery, so a listener that cares logs its own failures.
 */
@FunctionalInterface
public interface AccountEventListenerPort {

    void onApplied(AccountEvent event, LinkedAccount account);

    /** An auth link changed state; a listener of account events alone ignores it. */
    default void onAuthLinkChanged(AuthLinkChange change) {
    }
}
