package dev.connect.domain.contract;

/** The calls a provider adapter makes that the contract kit arranges faults for. */
public enum ProviderCall {
    /** Opening a connect session (a {@code POST}: never repeated where the provider may have acted). */
    OPEN_SESSION,
    /** Reading one account. */
    FIND,
    /** Reading a page of the account listing. */
    LIST,
    /** Deleting one account (idempotent: repeated like a read). */
    DELETE
}
