package dev.connect.domain.fakes;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's account directory in memory, listing in creation order with 1-based offset pages as StackOne does.
 * {@link #failCall(int)} makes a chosen later call fail as a rate-limited StackOne would; every call is counted.
 */
public final class InMemoryAccountDirectory implements
        dev.connect.domain.port.out.account.LinkedAccountDirectoryPort {

    private final Map<AccountId, DirectoryAccount> accounts = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final java.util.Set<AccountId> unrepresentable = new java.util.HashSet<>();
    private int failingCall = -1;

    public synchronized DirectoryAccount add(String id, String owner, String provider, AccountStatus status) {
        DirectoryAccount account = DirectoryAccount.of(new AccountId(id), new OwnerId(owner), new ProviderKey(provider),
                status);
        accounts.put(account.id(), account);
        return account;
    }

    public synchronized void put(DirectoryAccount account) {
        accounts.put(account.id(), account);
    }

    public synchronized void remove(String id) {
        accounts.remove(new AccountId(id));
    }

    /**
     * An account the provider lists but connect cannot represent, as a provider adapter sees one: it takes its place
     * in the provider's pages but is left out of them, and is not found.
     */
    public synchronized void addUnrepresentable(String id) {
        AccountId account = new AccountId(id);
        unrepresentable.add(account);
        accounts.put(account, DirectoryAccount.of(account, new OwnerId("not-connects"), new ProviderKey("other"),
                AccountStatus.ACTIVE));
    }

    /** The {@code n}-th call from now (1: the next) fails with HTTP 429's failure. */
    public synchronized void failCall(int n) {
        failingCall = calls.size() + n;
    }

    /** Every call so far, e.g. {@code list page=2}, {@code find acc-1}, {@code delete acc-1}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized Optional<DirectoryAccount> find(AccountId id) {
        call("find " + id);
        return Optional.ofNullable(accounts.get(id)).filter(account -> !unrepresentable.contains(account.id()));
    }

    @Override
    public synchronized Optional<AccountMeta> meta(AccountId id) {
        call("meta " + id);
        return Optional.ofNullable(accounts.get(id))
                .map(account -> new AccountMeta(account.provider(), "hris", java.util.Set.of("employees")));
    }

    @Override
    public synchronized DirectoryPage list(DirectoryQuery query) {
        call("list page=" + query.page());
        List<DirectoryAccount> matching = accounts.values().stream()
                .filter(a -> query.owners().isEmpty() || query.owners().contains(a.ownerId()))
                .filter(a -> query.providers().isEmpty() || query.providers().contains(a.provider()))
                .filter(a -> query.accountIds().isEmpty() || query.accountIds().contains(a.id()))
                .filter(a -> query.statuses().isEmpty() || query.statuses().contains(a.status()))
                .toList();
        int from = Math.min(matching.size(), (query.page() - 1) * query.pageSize());
        List<DirectoryAccount> page = matching.subList(from, Math.min(matching.size(), from + query.pageSize()));
        return new DirectoryPage(page.stream().filter(account -> !unrepresentable.contains(account.id())).toList(),
                page.size() < query.pageSize());
    }

    @Override
    public synchronized boolean delete(AccountId id) {
        call("delete " + id);
        return accounts.remove(id) != null;
    }

    private void call(String what) {
        calls.add(what);
        if (calls.size() == failingCall) {
            throw new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, "StackOne rate limit reached");
        }
    }
}
