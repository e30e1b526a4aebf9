package dev.connect.domain.port.out.owner;

import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.QuotaDecision;

/**
 * Rations what each owner may create per period (connect sessions; auth links will ask a quota of their own), so that
 * the linking provider's rate limit, shared by all owners through one credential, is shared fairly. Answers at once,
 * never waits.
 */
@FunctionalInterface
public interface OwnerQuotaPort {

    /** Takes one of the owner's permits if one is left. */
    QuotaDecision tryAcquire(OwnerId owner);

    /** No limit: every request is granted. */
    static OwnerQuotaPort unlimited() {
        return owner -> QuotaDecision.GRANTED;
    }
}
