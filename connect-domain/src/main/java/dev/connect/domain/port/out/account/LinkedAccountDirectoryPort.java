package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import java.util.Optional;

/**
 * The authoritative directory of linked accounts: the linking provider's. Failures are
 * {@link dev.connect.domain.model.error.UpstreamException}s, also for an answer that breaks the provider's documented
 * shape. An account the provider may well have but connect cannot represent (an id or provider key outside connect's
 * shapes, no owner) is none of connect's: an adapter leaves it out of listings and does not find it. The port contract
 * in the domain's test-jar ({@code LinkedAccountDirectoryPortContract}) states the rest.
 */
public interface LinkedAccountDirectoryPort {

    /** The account, or empty when the directory does not know it. */
    Optional<DirectoryAccount> find(AccountId id);

    /** What the account offers (its category and data models), or empty when the directory does not know it. */
    Optional<AccountMeta> meta(AccountId id);

    /** One page of the listing, and whether it is the last. */
    DirectoryPage list(DirectoryQuery query);

    /**
     * Deletes the account at the directory.
     *
     * @return false when the directory did not know it (already deleted): the account is gone either way
     */
    boolean delete(AccountId id);
}
