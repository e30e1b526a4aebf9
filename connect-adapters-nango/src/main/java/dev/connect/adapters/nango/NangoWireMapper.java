package dev.connect.adapters.nango;

import dev.connect.adapters.nango.wire.NangoConnectSessionBody;
import dev.connect.adapters.nango.wire.NangoConnection;
import dev.connect.adapters.nango.wire.NangoEndUser;
import dev.connect.adapters.nango.wire.NangoOrganization;
import dev.connect.adapters.nango.wire.NangoReconnectBody;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Label;
import dev.connect.provider.wire.ProviderDates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Between Nango's wire records and the domain; the only place that knows both vocabularies.
 *
 * <p>Who links: connect's owner is Nango's organization, connect's user name its end user. Both go into the session
 * twice: as Nango's deprecated {@code end_user} and {@code organization} (still shown in its dashboard), and as
 * connection tags, which Nango copies onto the connection and into every auth webhook of it: {@value #ORGANIZATION_ID},
 * {@value #ORGANIZATION_NAME}, {@value #END_USER_ID} and, when the user name is plainly an e-mail address,
 * {@value #END_USER_EMAIL}; a label goes into {@value #LABEL}. A connection is one of connect's when it carries an
 * owner; one without (linked outside connect) is none of connect's accounts.
 */
final class NangoWireMapper {

    static final String ORGANIZATION_ID = "organization_id";
    static final String ORGANIZATION_NAME = "organization_name";
    static final String END_USER_ID = "end_user_id";
    static final String END_USER_EMAIL = "end_user_email";
    static final String LABEL = "label";

    /** What Nango's e-mail check surely accepts; anything else is sent as a display name only. */
    private static final Pattern PLAIN_EMAIL = Pattern.compile(
            "[A-Za-z0-9_+-]+(\\.[A-Za-z0-9_+-]+)*@([A-Za-z0-9][A-Za-z0-9-]*\\.)+[A-Za-z]{2,}");

    private NangoWireMapper() {
    }

    static NangoConnectSessionBody toSession(ConnectSessionRequest request) {
        refuseWhatNangoCannotCarry(request);
        return new NangoConnectSessionBody(endUser(request.endUser()), organization(request.endUser().owner()),
                request.provider().map(provider -> List.of(provider.value())).orElse(null), tags(request));
    }

    /** A session that re-authorises {@code account} of {@code integration}. */
    static NangoReconnectBody toReconnect(ConnectSessionRequest request, AccountId account, ProviderKey integration) {
        refuseWhatNangoCannotCarry(request);
        return new NangoReconnectBody(account.value(), integration.value(), endUser(request.endUser()),
                organization(request.endUser().owner()), tags(request));
    }

    /**
     * Nango has no categories to restrict its Connect UI to, and keeps no metadata with a session: a request that asks
     * for either is refused rather than quietly opened without it. ({@code multiple} needs no refusal: every Nango
     * session links a new connection.)
     */
    private static void refuseWhatNangoCannotCarry(ConnectSessionRequest request) {
        if (!request.categories().isEmpty()) {
            throw new InvalidRequestException("categories", "this deployment links accounts through Nango, whose "
                    + "sessions cannot be restricted to categories; name a provider (a Nango integration) instead");
        }
        if (!request.metadata().isEmpty()) {
            throw new InvalidRequestException("metadata", "this deployment links accounts through Nango, which keeps "
                    + "no metadata with a session");
        }
    }

    private static NangoEndUser endUser(EndUser user) {
        Optional<String> name = user.userName().map(UserName::value);
        return new NangoEndUser(name.orElse(user.owner().id().value()), name.filter(NangoWireMapper::isPlainEmail)
                .orElse(null), name.orElse(null));
    }

    private static NangoOrganization organization(Owner owner) {
        return new NangoOrganization(owner.id().value(), owner.name().value());
    }

    private static Map<String, String> tags(ConnectSessionRequest request) {
        Map<String, String> tags = new LinkedHashMap<>();
        Owner owner = request.endUser().owner();
        tags.put(ORGANIZATION_ID, owner.id().value());
        tags.put(ORGANIZATION_NAME, owner.name().value());
        request.endUser().userName().map(UserName::value).ifPresent(name -> {
            tags.put(END_USER_ID, name);
            if (isPlainEmail(name)) {
                tags.put(END_USER_EMAIL, name);
            }
        });
        request.label().map(Label::value).ifPresent(label -> tags.put(LABEL, label));
        return tags;
    }

    static boolean isPlainEmail(String text) {
        return PLAIN_EMAIL.matcher(text).matches();
    }

    /** A connection as connect sees it, or why it is none of connect's accounts. */
    record Mapped(Optional<DirectoryAccount> account, String notConnectsBecause) {
    }

    static Mapped toDomain(NangoConnection connection) {
        Objects.requireNonNull(connection, "connection");
        Optional<AccountId> id = valid(connection.connectionId(), AccountId::new);
        if (id.isEmpty()) {
            return none("its connection id is not an account id connect accepts (letters, digits, '-', '.', '_', '~')");
        }
        Optional<ProviderKey> provider = valid(connection.providerConfigKey(), ProviderKey::new);
        if (provider.isEmpty()) {
            return none("its integration id is not a provider key connect accepts ([a-z0-9][a-z0-9_-]{0,63})");
        }
        Optional<OwnerId> owner = valid(owner(connection), OwnerId::new);
        if (owner.isEmpty()) {
            return none("it carries no " + ORGANIZATION_ID + " tag: it was not linked through connect");
        }
        Map<String, String> tags = connection.tags() == null ? Map.of() : connection.tags();
        Optional<String> ownerName = Optional.ofNullable(tags.get(ORGANIZATION_NAME))
                .or(() -> Optional.ofNullable(connection.endUser()).map(NangoConnection.EndUser::organization)
                        .map(NangoOrganization::displayName));
        List<NangoConnection.Error> errors = connection.errors() == null ? List.of()
                : connection.errors().stream().filter(Objects::nonNull).toList();
        return new Mapped(Optional.of(new DirectoryAccount(id.get(), owner.get(),
                ownerName.flatMap(name -> valid(name, OwnerName::new)),
                valid(tags.get(END_USER_ID), UserName::new), provider.get(), status(errors),
                errors.stream().map(NangoWireMapper::reason).toList(), Optional.empty(),
                ProviderDates.lenient(connection.created()))),
                "");
    }

    private static Mapped none(String because) {
        return new Mapped(Optional.empty(), because);
    }

    /** The organization connect tagged the connection with, or that of the deprecated end user of older ones. */
    private static String owner(NangoConnection connection) {
        String tagged = connection.tags() == null ? null : connection.tags().get(ORGANIZATION_ID);
        if (tagged != null) {
            return tagged;
        }
        return Optional.ofNullable(connection.endUser()).map(NangoConnection.EndUser::organization)
                .map(NangoOrganization::id).orElse(null);
    }

    /**
     * What Nango's current errors say of the link: none, active; an {@code auth} error (its credentials fail), error;
     * only {@code sync} errors, active (a failing sync does not break the link; the reasons say so); an error type
     * Nango adds later, unknown.
     */
    static AccountStatus status(List<NangoConnection.Error> errors) {
        if (errors.isEmpty()) {
            return AccountStatus.ACTIVE;
        }
        if (errors.stream().anyMatch(error -> "auth".equals(type(error)))) {
            return AccountStatus.ERROR;
        }
        return errors.stream().allMatch(error -> "sync".equals(type(error))) ? AccountStatus.ACTIVE
                : AccountStatus.UNKNOWN;
    }

    private static StatusReason reason(NangoConnection.Error error) {
        return new StatusReason(Optional.ofNullable(error.type()).filter(type -> !type.isBlank()),
                Optional.ofNullable(error.logId()).filter(log -> !log.isBlank()).map(log -> "see Nango log " + log),
                Optional.empty());
    }

    private static String type(NangoConnection.Error error) {
        return error.type() == null ? "" : error.type().toLowerCase(Locale.ROOT);
    }

    private static <T> Optional<T> valid(String text, Function<String, T> factory) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(factory.apply(text));
        } catch (InvalidRequestException notConnects) {
            return Optional.empty();
        }
    }
}
