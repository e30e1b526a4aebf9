package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.DirectoryAccount;
import java.util.Optional;

/** Looks up one linked account in the authoritative directory (StackOne's {@code GET /accounts/{id}}). */
public interface LinkedAccountDirectoryPort {

    /** The account, or empty when the directory does not know it. */
    Optional<DirectoryAccount> find(AccountId id);
}
