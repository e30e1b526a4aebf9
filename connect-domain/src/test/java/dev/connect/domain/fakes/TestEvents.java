package dev.connect.domain.fakes;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventIdentity;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.ProjectId;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Account events for tests, built fluently from a sensible default. */
public final class TestEvents {

    public static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private AccountEventKind kind = AccountEventKind.CREATED;
    private String name = "account.created";
    private String accountId = "acc-1";
    private String provider = "bamboohr";
    private Instant eventDate = T0;
    private Instant sentAt;
    private Optional<OwnerId> ownerId = Optional.of(new OwnerId("owner-1"));
    private Optional<OwnerName> ownerName = Optional.of(new OwnerName("Acme Ltd"));
    private Optional<UserName> userName = Optional.of(new UserName("ada@acme.test"));
    private Optional<SetupInformation> setup = Optional.of(new SetupInformation(Map.of("domain", "acme")));
    private Optional<EventIdentity> identity = Optional.empty();

    private TestEvents() {
    }

    /** An event of this kind under this provider name (test names follow StackOne's, e.g. {@code account.created}). */
    public static TestEvents event(AccountEventKind kind, String name) {
        TestEvents events = new TestEvents();
        events.kind = kind;
        events.name = name;
        return events;
    }

    /** An event no provider adapter knew: verified and recorded, never applied. */
    public static TestEvents unknown(String name) {
        return event(AccountEventKind.UNKNOWN, name);
    }

    public static TestEvents created() {
        return event(AccountEventKind.CREATED, "account.created");
    }

    public static TestEvents updated() {
        return event(AccountEventKind.UPDATED, "account.updated");
    }

    public static TestEvents deleted() {
        return event(AccountEventKind.DELETED, "account.deleted");
    }

    public TestEvents account(String id) {
        this.accountId = id;
        return this;
    }

    public TestEvents provider(String key) {
        this.provider = key;
        return this;
    }

    /** The event date; {@code sent_at} follows it by a second unless set. */
    public TestEvents at(Instant date) {
        this.eventDate = date;
        return this;
    }

    public TestEvents sentAt(Instant sent) {
        this.sentAt = sent;
        return this;
    }

    public TestEvents owner(String id, String name) {
        this.ownerId = Optional.ofNullable(id).map(OwnerId::new);
        this.ownerName = Optional.ofNullable(name).map(OwnerName::new);
        return this;
    }

    public TestEvents user(String name) {
        this.userName = Optional.ofNullable(name).map(UserName::new);
        return this;
    }

    public TestEvents setup(Map<String, String> entries) {
        this.setup = Optional.ofNullable(entries).map(SetupInformation::new);
        return this;
    }

    /** The provider's own identity of the event (by default none: the event is told apart by its date). */
    public TestEvents identity(EventIdentity id) {
        this.identity = Optional.of(id);
        return this;
    }

    /** Without owner id, owner name, user name and setup information. */
    public TestEvents bare() {
        return owner(null, null).user(null).setup(null);
    }

    public AccountEvent build() {
        return new AccountEvent(kind, new EventName(name), new AccountId(accountId), new ProviderKey(provider), new ProjectId("project-1"),
                eventDate, sentAt == null ? eventDate.plusSeconds(1) : sentAt, ownerId, ownerName, userName, setup,
                identity);
    }
}
