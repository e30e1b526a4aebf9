package dev.connect.domain.model.event;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry entry as stored: the account, plus the history positions that make applying events independent of
 * their arrival order. {@code lastApplied} is the newest event applied (it decided state, provider and
 * {@code lastEventDate}); each optional field remembers the event it came from, and only a newer event carrying that
 * field replaces it. So every arrival order of the same events gives the same entry (except {@code updatedAt}).
 */
public record LinkedAccountRecord(
        LinkedAccount account,
        EventOrder lastApplied,
        Optional<EventOrder> ownerIdFrom,
        Optional<EventOrder> ownerNameFrom,
        Optional<EventOrder> userNameFrom,
        Optional<EventOrder> setupInformationFrom) {

    public LinkedAccountRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(lastApplied, "lastApplied");
        Objects.requireNonNull(ownerIdFrom, "ownerIdFrom");
        Objects.requireNonNull(ownerNameFrom, "ownerNameFrom");
        Objects.requireNonNull(userNameFrom, "userNameFrom");
        Objects.requireNonNull(setupInformationFrom, "setupInformationFrom");
        if (!lastApplied.eventDate().equals(account.lastEventDate())) {
            throw new IllegalArgumentException("lastApplied must be the account's last event");
        }
        requireTogether("ownerId", account.ownerId(), ownerIdFrom);
        requireTogether("ownerName", account.ownerName(), ownerNameFrom);
        requireTogether("userName", account.userName(), userNameFrom);
        if (setupInformationFrom.isEmpty() && !account.setupInformation().isEmpty()) {
            throw new IllegalArgumentException("setupInformation and the event it came from go together");
        }
    }

    public AccountId id() {
        return account.id();
    }

    /** The same entry with an account that differs in what no event decides (its last check, when it changed). */
    public LinkedAccountRecord withAccount(LinkedAccount changed) {
        return new LinkedAccountRecord(changed, lastApplied, ownerIdFrom, ownerNameFrom, userNameFrom,
                setupInformationFrom);
    }

    private static void requireTogether(String field, Optional<?> value, Optional<EventOrder> from) {
        if (value.isPresent() != from.isPresent()) {
            throw new IllegalArgumentException(field + " and the event it came from go together");
        }
    }
}
