package dev.connect.domain.model.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a listing, and where the next one starts (empty on the last page). */
public record AccountPage(List<LinkedAccount> accounts, Optional<PageCursor> next) {

    public AccountPage {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(next, "next");
    }
}
