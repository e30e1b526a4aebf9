package dev.connect.sandbox.core;

import dev.connect.sandbox.state.Account;
import java.util.List;
import java.util.function.Predicate;

/**
 * The filters of {@code GET /accounts}; an empty list means "no filter". Paging is 1-based.
 */
public record AccountQuery(
        List<String> originOwnerIds,
        List<String> providers,
        List<String> accountIds,
        List<String> statuses,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 25;

    public Predicate<Account> asPredicate() {
        return account -> matches(originOwnerIds, account.originOwnerId())
                && matches(providers, account.provider())
                && matches(accountIds, account.id())
                && matches(statuses, account.status());
    }

    private static boolean matches(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }
}
