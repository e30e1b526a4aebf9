package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.AccountResponse;
import dev.connect.adapters.stackone.wire.ConnectSessionCreateBody;
import dev.connect.domain.model.AccountId;
import dev.connect.domain.model.AccountStatus;
import dev.connect.domain.model.Category;
import dev.connect.domain.model.ConnectSessionRequest;
import dev.connect.domain.model.DirectoryAccount;
import dev.connect.domain.model.Label;
import dev.connect.domain.model.Metadata;
import dev.connect.domain.model.OwnerId;
import dev.connect.domain.model.ProviderKey;
import dev.connect.domain.model.SessionLifetime;
import dev.connect.domain.model.UserName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Between StackOne's wire records and the domain; the only place that knows both vocabularies. */
@Mapper
interface StackOneWireMapper {

    StackOneWireMapper INSTANCE = Mappers.getMapper(StackOneWireMapper.class);

    @Mapping(target = "originOwnerId", source = "endUser.owner.id.value")
    @Mapping(target = "originOwnerName", source = "endUser.owner.name.value")
    @Mapping(target = "originUsername", source = "endUser.userName")
    ConnectSessionCreateBody toWire(ConnectSessionRequest request);

    @Mapping(target = "ownerId", source = "originOwnerId")
    DirectoryAccount toDomain(AccountResponse account);

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
        return categories.isEmpty() ? null : categories.stream().map(Category::key).sorted().toList();
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

    default AccountId accountId(String id) {
        return new AccountId(id);
    }

    default OwnerId ownerId(String id) {
        return new OwnerId(id);
    }

    default AccountStatus status(String status) {
        return AccountStatus.fromWire(status);
    }
}
