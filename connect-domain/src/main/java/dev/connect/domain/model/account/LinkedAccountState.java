package dev.connect.domain.model.account;

/** Whether an account is linked, or was disconnected (kept as a tombstone so that older events cannot revive it). */
public enum LinkedAccountState {
    LINKED, DELETED
}
