package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.AccountResponse;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * StackOne's linked accounts: {@code GET /accounts} (every filter, arrays as repeated parameters), {@code GET},
 * {@code DELETE /accounts/{id}} and {@code GET /accounts/{id}/meta}. Reads and the delete are idempotent, so the
 * client retries them; a delete StackOne answers 404 (also on a retry after it had acted) means the account is gone.
 */
public final class StackOneLinkedAccountDirectoryAdapter implements LinkedAccountDirectoryPort {

    private final StackOneClient client;

    StackOneLinkedAccountDirectoryAdapter(StackOneClient client) {
        this.client = client;
    }

    @Override
    public Optional<DirectoryAccount> find(AccountId id) {
        return unlessUnknown(() -> client.call(api -> api.getAccount(id.value())))
                .map(account -> fromStackOne(() -> StackOneWireMapper.INSTANCE.toDomain(account)));
    }

    @Override
    public Optional<AccountMeta> meta(AccountId id) {
        return unlessUnknown(() -> client.call(api -> api.getAccountMeta(id.value())))
                .map(meta -> fromStackOne(() -> StackOneWireMapper.INSTANCE.metaToDomain(meta)));
    }

    @Override
    public DirectoryPage list(DirectoryQuery query) {
        List<AccountResponse> page = StackOneClient.requirePresent(
                client.call(api -> api.listAccounts(parameters(query))), () -> "a body").accounts();
        return fromStackOne(() -> {
            List<DirectoryAccount> accounts = new ArrayList<>();
            for (AccountResponse account : page) {
                accounts.add(StackOneWireMapper.INSTANCE.toDomain(account));
            }
            // StackOne gives no total: its last page is the first shorter than asked, and nothing is left out
            return DirectoryPage.of(accounts, query.pageSize());
        });
    }

    @Override
    public boolean delete(AccountId id) {
        try {
            client.call(api -> api.deleteAccount(id.value()));
            return true;
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    /** Only the filters the query sets, each list as a repeated parameter; pages and sizes as StackOne counts them. */
    private static Map<String, Object> parameters(DirectoryQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("page", query.page());
        parameters.put("page_size", query.pageSize());
        putList(parameters, "origin_owner_ids", query.owners().stream().map(OwnerId::value).toList());
        putList(parameters, "providers", query.providers().stream().map(ProviderKey::value).toList());
        putList(parameters, "account_ids", query.accountIds().stream().map(AccountId::value).toList());
        putList(parameters, "status", query.statuses().stream().map(StackOneWireMapper::statusKey).toList());
        return parameters;
    }

    private static void putList(Map<String, Object> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    /** StackOne's answer about one account, or empty when it answered 404. */
    private static <T> Optional<T> unlessUnknown(Supplier<T> call) {
        try {
            return Optional.of(StackOneClient.requirePresent(call.get(), () -> "a body"));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** An answer that breaks a rule of the model is StackOne's fault, not the caller's. */
    private static <T> T fromStackOne(Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (InvalidRequestException | IllegalArgumentException | NullPointerException incomplete) {
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "StackOne's account answer is incomplete", null, null);
        }
    }
}
