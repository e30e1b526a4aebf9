package dev.connect.domain.model.account;

import java.util.List;
import java.util.Objects;

/**
 * One page of the directory's account listing, and whether it is the last. The directory says so itself: an adapter
 * leaves out an account its provider lists that connect cannot represent (e.g. one whose provider key is not a
 * {@link ProviderKey}), so a page may hold fewer accounts than asked for and still not be the last.
 */
public record DirectoryPage(List<DirectoryAccount> accounts, boolean last) {

    public DirectoryPage {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
    }

    /** A page of a directory that leaves nothing out: the last one is the first shorter than {@code pageSize}. */
    public static DirectoryPage of(List<DirectoryAccount> accounts, int pageSize) {
        return new DirectoryPage(accounts, accounts.size() < pageSize);
    }
}
