package dev.connect.domain.model.account;

import dev.connect.domain.model.owner.OwnerId;
import java.util.List;
import java.util.Objects;

/**
 * One page of the directory's account listing, with its filters (an empty list filters nothing). Pages are numbered
 * from 1; the directory gives no total, and says with each page whether it is the last ({@link DirectoryPage}).
 */
public record DirectoryQuery(List<OwnerId> owners, List<ProviderKey> providers, List<AccountId> accountIds,
                             List<AccountStatus> statuses, int page, int pageSize) {

    /** StackOne's documented default page size: the largest one known to be honoured everywhere. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    public DirectoryQuery {
        owners = List.copyOf(Objects.requireNonNull(owners, "owners"));
        providers = List.copyOf(Objects.requireNonNull(providers, "providers"));
        accountIds = List.copyOf(Objects.requireNonNull(accountIds, "accountIds"));
        statuses = List.copyOf(Objects.requireNonNull(statuses, "statuses"));
        if (statuses.contains(AccountStatus.UNKNOWN)) {
            throw new IllegalArgumentException("'unknown' is no status a directory can filter by");
        }
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one account");
        }
    }

    /** Page {@code page} of every account, {@link #DEFAULT_PAGE_SIZE} at a time. */
    public static DirectoryQuery all(int page) {
        return new DirectoryQuery(List.of(), List.of(), List.of(), List.of(), page, DEFAULT_PAGE_SIZE);
    }
}
