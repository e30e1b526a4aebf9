package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.AccountMetaResponse;
import dev.connect.adapters.stackone.wire.AccountResponse;
import dev.connect.adapters.stackone.wire.ConnectSessionCreateBody;
import dev.connect.adapters.stackone.wire.SetupInformationJson;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Label;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.provider.wire.ProviderDates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Between StackOne's wire records and the domain; the only place that knows both vocabularies. MapStruct generates
 * the implementation, named for its technology (not …Impl).
 */
@Mapper(implementationName = "MapStruct<CLASS_NAME>")
interface StackOneWireMapper {

    StackOneWireMapper INSTANCE = new MapStructStackOneWireMapper();

    @Mapping(target = "originOwnerId", source = "endUser.owner.id.value")
    @Mapping(target = "originOwnerName", source = "endUser.owner.name.value")
    @Mapping(target = "originUsername", source = "endUser.userName")
    ConnectSessionCreateBody toWire(ConnectSessionRequest request);

    /** StackOne's account; its provider key, owner and status reasons as the domain reads them. */
    default DirectoryAccount toDomain(AccountResponse account) {
        List<AccountResponse.StatusReasonResponse> reasons =
                account.statusReasons() == null ? List.of() : account.statusReasons();
        return new DirectoryAccount(new AccountId(account.id()), new OwnerId(account.originOwnerId()),
                optionalText(account.originOwnerName()).map(OwnerName::new),
                optionalText(account.originUsername()).map(UserName::new),
                new ProviderKey(account.provider()), status(account.status()),
                reasons.stream().filter(java.util.Objects::nonNull).map(StackOneWireMapper::reason).toList(),
                SetupInformationJson.toDomain(account.setupInformation()), date(account.createdAt()));
    }

    default AccountMeta metaToDomain(AccountMetaResponse meta) {
        Set<String> models = new java.util.TreeSet<>();
        if (meta.models() != null && meta.models().isObject()) {
            meta.models().fieldNames().forEachRemaining(models::add);
        } else if (meta.models() != null && meta.models().isArray()) {
            meta.models().forEach(model -> models.add(model.asText()));
        }
        return new AccountMeta(new ProviderKey(meta.provider()), meta.category(), models);
    }

    private static StatusReason reason(AccountResponse.StatusReasonResponse reason) {
        return new StatusReason(optionalText(reason.code()), optionalText(reason.description()),
                date(reason.timestamp()));
    }

    /** A date StackOne sent, read leniently: one it sent in another shape is left out rather than losing the account. */
    private static Optional<Instant> date(String text) {
        return ProviderDates.lenient(text);
    }

    private static Optional<String> optionalText(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    default String userName(Optional<UserName> userName) {
        return userName.map(UserName::value).orElse(null);
    }

    default String provider(Optional<ProviderKey> provider) {
        return provider.map(ProviderKey::value).orElse(null);
    }

    default String accountId(Optional<AccountId> accountId) {
        return accountId.map(AccountId::value).orElse(null);
    }

    default String label(Optional<Label> label) {
        return label.map(Label::value).orElse(null);
    }

    /** Sorted, so that the body StackOne receives is the same for the same request. */
    default List<String> categories(Set<Category> categories) {
        return categories.isEmpty() ? null : categories.stream().map(StackOneWireMapper::category).sorted().toList();
    }

    /** StackOne's key of each category; spelled here, not borrowed from connect's own API names. */
    static String category(Category category) {
        return switch (category) {
            case ATS -> "ats";
            case HRIS -> "hris";
            case HRIS_LEGACY -> "hris-legacy";
            case CRM -> "crm";
            case IAM -> "iam";
            case MARKETING -> "marketing";
            case LMS -> "lms";
            case STACKONE -> "stackone";
            case DOCUMENTS -> "documents";
            case TICKETING -> "ticketing";
            case SCREENING -> "screening";
            case MESSAGING -> "messaging";
            case ACCOUNTING -> "accounting";
            case SCHEDULING -> "scheduling";
        };
    }

    default Map<String, String> metadata(Metadata metadata) {
        return metadata.isEmpty() ? null : metadata.entries();
    }

    default Long expiresIn(SessionLifetime lifetime) {
        return lifetime.seconds();
    }

    /** StackOne's default is false: sending only {@code true} keeps the body minimal. */
    default Boolean multiple(boolean multiple) {
        return multiple ? Boolean.TRUE : null;
    }

    /** StackOne's spelling of a status, for the listing's {@code status} filter. */
    static String statusKey(AccountStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case INACTIVE -> "inactive";
            case SUSPENDED -> "suspended";
            case ARCHIVED -> "archived";
            case EXPIRED -> "expired";
            case ERROR -> "error";
            case UNKNOWN -> throw new IllegalArgumentException("StackOne has no status 'unknown' to filter by");
        };
    }

    /** StackOne's account status; any value it adds later (or none) reads as unknown, never as a failure. */
    default AccountStatus status(String status) {
        if (status == null) {
            return AccountStatus.UNKNOWN;
        }
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> AccountStatus.ACTIVE;
            case "inactive" -> AccountStatus.INACTIVE;
            case "suspended" -> AccountStatus.SUSPENDED;
            case "archived" -> AccountStatus.ARCHIVED;
            case "expired" -> AccountStatus.EXPIRED;
            case "error" -> AccountStatus.ERROR;
            default -> AccountStatus.UNKNOWN;
        };
    }
}
