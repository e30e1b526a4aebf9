package dev.connect.adapters.web.account;

import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One account as the accounts API answers it: a contract frontends build on. Every member is always present; an
 * absent optional value is {@code null}. The API's own spelling of states and statuses is stated here, independent
 * of StackOne's and of the database's.
 */
public record AccountBody(String id, String provider, String state, String ownerId, String ownerName, String userName,
                          Instant createdAt, Instant updatedAt, Instant lastEventDate,
                          Map<String, String> setupInformation, LastCheck lastCheck) {

    /** What StackOne said when connect last asked; {@code null} until it first asks. */
    public record LastCheck(String status, List<Reason> reasons, Instant checkedAt) {
    }

    public record Reason(String code, String description, Instant timestamp) {
    }

    public static AccountBody of(LinkedAccount account) {
        return new AccountBody(account.id().value(), account.provider().value(), state(account.state()),
                account.ownerId().map(OwnerId::value).orElse(null),
                account.ownerName().map(OwnerName::value).orElse(null),
                account.userName().map(UserName::value).orElse(null),
                account.createdAt(), account.updatedAt(), account.lastEventDate(),
                account.setupInformation().entries(), account.lastCheck().map(AccountBody::lastCheck).orElse(null));
    }

    static String state(LinkedAccountState state) {
        return switch (state) {
            case LINKED -> "linked";
            case DELETED -> "deleted";
        };
    }

    static String status(AccountStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case INACTIVE -> "inactive";
            case SUSPENDED -> "suspended";
            case ARCHIVED -> "archived";
            case EXPIRED -> "expired";
            case ERROR -> "error";
            case UNKNOWN -> "unknown";
        };
    }

    private static LastCheck lastCheck(AccountCheck check) {
        return new LastCheck(status(check.status()), check.reasons().stream().map(AccountBody::reason).toList(),
                check.checkedAt());
    }

    private static Reason reason(StatusReason reason) {
        return new Reason(reason.code().orElse(null), reason.description().orElse(null),
                reason.timestamp().orElse(null));
    }
}
