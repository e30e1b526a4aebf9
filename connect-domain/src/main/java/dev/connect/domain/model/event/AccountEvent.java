package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified, decoded account webhook: what happened to which account, when it happened ({@code eventDate}) and when
 * this delivery was sent ({@code sentAt}). Dates are kept at microsecond precision. Carries no credentials.
 *
 * <p>An event whose provider signs no date is dated by the delivery's arrival: its adapter sets {@code eventDate} and
 * {@code sentAt} to the arrival, so that events apply in arrival order and the freshness window has nothing signed to
 * refuse, and gives the event an {@code identity}, because an arrival time differs between two deliveries of one
 * event.
 *
 * @param kind             what the event means for the registry
 * @param name             the provider's name for the event, canonicalised by its adapter; part of the identity
 * @param projectId        the provider's project or environment the account lives in
 * @param setupInformation empty when the payload had no {@code setup_information}; present (possibly with no
 *                         entries) when it had one
 * @param identity         the provider's own identity of the event ({@link EventIdentity}); empty: the event is told
 *                         apart by its {@code eventDate}
 */
public record AccountEvent(
        AccountEventKind kind,
        EventName name,
        AccountId accountId,
        ProviderKey provider,
        ProjectId projectId,
        Instant eventDate,
        Instant sentAt,
        Optional<OwnerId> ownerId,
        Optional<OwnerName> ownerName,
        Optional<UserName> userName,
        Optional<SetupInformation> setupInformation,
        Optional<EventIdentity> identity) {

    /**
     * The earliest {@code event_date} and {@code sent_at} accepted. Real events lie well inside the range; it keeps
     * every date storable on every supported database (PostgreSQL ends in year 294276), also packed into one number.
     */
    public static final Instant EARLIEST_DATE = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest {@code event_date} and {@code sent_at} accepted (see {@link #EARLIEST_DATE}). */
    public static final Instant LATEST_DATE = Instant.parse("9999-12-31T23:59:59.999999Z");

    public AccountEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(projectId, "projectId");
        eventDate = Checks.microseconds(requireSupported("eventDate", eventDate));
        sentAt = Checks.microseconds(requireSupported("sentAt", sentAt));
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(setupInformation, "setupInformation");
        Objects.requireNonNull(identity, "identity");
    }

    /** An event its provider dates ({@code eventDate}), told apart from others by that date. */
    public AccountEvent(AccountEventKind kind, EventName name, AccountId accountId, ProviderKey provider,
                        ProjectId projectId, Instant eventDate, Instant sentAt, Optional<OwnerId> ownerId,
                        Optional<OwnerName> ownerName, Optional<UserName> userName,
                        Optional<SetupInformation> setupInformation) {
        this(kind, name, accountId, provider, projectId, eventDate, sentAt, ownerId, ownerName, userName,
                setupInformation, Optional.empty());
    }

    /**
     * The identity of this event across deliveries: name, account and the provider's identity of the event, or its
     * event date where it has none; never {@code sentAt}.
     */
    public DeduplicationKey deduplicationKey() {
        return identity.map(id -> DeduplicationKey.of(name, accountId, id))
                .orElseGet(() -> DeduplicationKey.of(name, accountId, eventDate));
    }

    /** Where this event stands in its account's history; empty for an unknown event type, which is never applied. */
    public Optional<EventOrder> order() {
        return kind().isKnown() ? Optional.of(new EventOrder(eventDate, kind())) : Optional.empty();
    }

    /** Whether a date lies in the range every event date must lie in. */
    public static boolean isSupportedDate(Instant date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    private static Instant requireSupported(String field, Instant date) {
        Objects.requireNonNull(date, field);
        if (!isSupportedDate(date)) {
            throw new InvalidRequestException(field, field + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return date;
    }

    /** The same event as delivered again at another time (StackOne's re-send): same key, new {@code sentAt}. */
    public AccountEvent resentAt(Instant newSentAt) {
        return new AccountEvent(kind, name, accountId, provider, projectId, eventDate, newSentAt, ownerId, ownerName,
                userName, setupInformation, identity);
    }
}
