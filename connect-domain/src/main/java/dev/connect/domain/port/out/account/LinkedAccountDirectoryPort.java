package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryQuery;
import java.util.List;
import java.util.Optional;

/**
 * The authoritative directory of linked accounts (StackOne's {@code /accounts}). Failures are
 * {@link dev.connect.domain.model.error.UpstreamException}s.
 */
public interface LinkedAccountDirectoryPort {

    /** The account, or empty when the directory does not know it. */
    Optional<DirectoryAccount> find(AccountId id);

    /** What the account offers (its category and data models), or empty when the directory does not know it. */
    Optional<AccountMeta> meta(AccountId id);

    /** One page of the listing; shorter than the page size on the last page. */
    List<DirectoryAccount> list(DirectoryQuery query);

    /**
     * Deletes the account at the directory.
     *
     * @return false when the directory did not know it (already deleted): the account is gone either way
     */
    boolean delete(AccountId id);
}
