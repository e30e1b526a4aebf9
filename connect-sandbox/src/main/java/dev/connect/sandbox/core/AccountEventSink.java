package dev.connect.sandbox.core;

import dev.connect.sandbox.state.Account;
import java.time.Instant;

/** Where account changes go: the webhook dispatcher. */
@FunctionalInterface
public interface AccountEventSink {

    String CREATED = "account.created";
    String UPDATED = "account.updated";
    String DELETED = "account.deleted";

    void publish(String event, Account account, Instant eventDate);
}
