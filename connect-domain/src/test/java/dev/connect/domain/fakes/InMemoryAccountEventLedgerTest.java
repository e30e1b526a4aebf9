package dev.connect.domain.fakes;

import dev.connect.domain.contract.AccountEventLedgerContract;

/** The fake holds to the same contract as the real stores, so service tests on it mean something. */
class InMemoryAccountEventLedgerTest extends AccountEventLedgerContract {

    @Override
    protected Stores openStores() {
        InMemoryAccountEventLedger ledger = new InMemoryAccountEventLedger();
        return new Stores(ledger, ledger, ledger);
    }
}
