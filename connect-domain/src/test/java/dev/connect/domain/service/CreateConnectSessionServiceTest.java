package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.fakes.InMemoryAccountDirectory;
import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.error.NotPermittedException;
import dev.connect.domain.model.error.OwnerRateLimitedException;
import dev.connect.domain.model.owner.QuotaDecision;
import java.time.Duration;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.ConnectionPolicy;
import dev.connect.domain.model.session.Label;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase.Command;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import dev.connect.domain.service.session.CreateConnectSessionService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateConnectSessionServiceTest {

    private static final EndUser ALICE = new EndUser(
            new Owner(new OwnerId("tenant-1"), new OwnerName("Acme")), Optional.of(new UserName("alice@acme.test")));

    private final List<ConnectSessionRequest> opened = new ArrayList<>();
    private final InMemoryAccountDirectory directory = new InMemoryAccountDirectory();
    private final InMemoryWebhookInbox registry = new InMemoryWebhookInbox();

    private CreateConnectSessionService service(ConnectionPolicy policy) {
        return service(policy, SessionLifetimeBounds.ANY);
    }

    /** With a provider whose sessions last only as long as {@code honoured} allows. */
    private CreateConnectSessionService service(ConnectionPolicy policy, SessionLifetimeBounds honoured) {
        ConnectSessionPort provider = new ConnectSessionPort() {
            @Override
            public ConnectSession open(ConnectSessionRequest request) {
                opened.add(request);
                return new ConnectSession(new SessionToken("tok-" + opened.size()),
                        Instant.parse("2026-01-01T00:30:00Z"), URI.create("https://hub.test/link"));
            }

            @Override
            public SessionLifetimeBounds lifetimes() {
                return honoured;
            }
        };
        return new CreateConnectSessionService(provider, registry, directory, policy);
    }

    @Test
    void anOwnerWithoutAPermitLeftIsRefusedBeforeStackOneIsAskedAndOthersAreNot() {
        List<OwnerId> asked = new ArrayList<>();
        CreateConnectSessionService limited = new CreateConnectSessionService(request -> {
            opened.add(request);
            return new ConnectSession(new SessionToken("tok"), Instant.parse("2026-01-01T00:30:00Z"),
                    URI.create("https://hub.test/link"));
        }, registry, directory, ConnectionPolicy.ALLOW_ALL, owner -> {
            asked.add(owner);
            return owner.equals(ALICE.owner().id()) ? new QuotaDecision.Exhausted(Duration.ofSeconds(7))
                    : QuotaDecision.GRANTED;
        });
        EndUser bob = new EndUser(new Owner(new OwnerId("tenant-2"), new OwnerName("Beta")), Optional.empty());

        assertThatThrownBy(() -> limited.create(picker(ALICE)))
                .isInstanceOfSatisfying(OwnerRateLimitedException.class, refused ->
                        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(opened).isEmpty();
        assertThat(limited.create(picker(bob)).token()).isEqualTo(new SessionToken("tok"));
        assertThat(asked).containsExactly(ALICE.owner().id(), bob.owner().id());
    }

    @Test
    void aRequestThePolicyRefusesCostsNoPermit() {
        List<OwnerId> asked = new ArrayList<>();
        CreateConnectSessionService limited = new CreateConnectSessionService(request -> {
            throw new AssertionError("not opened");
        }, registry, directory, new ConnectionPolicy(Set.of(new ProviderKey("hibob")), Set.of()), owner -> {
            asked.add(owner);
            return QuotaDecision.GRANTED;
        });

        assertThatThrownBy(() -> limited.create(new Command(new ConnectSessionRequest(ALICE,
                Optional.of(new ProviderKey("bamboohr")), Set.of(), Optional.empty(), false, Optional.empty(),
                Metadata.EMPTY, SessionLifetime.DEFAULT)))).isInstanceOf(NotPermittedException.class);
        assertThat(asked).isEmpty();
    }

    private static Command picker(EndUser endUser) {
        return new Command(new ConnectSessionRequest(endUser, Optional.empty(), Set.of(), Optional.empty(), false,
                Optional.empty(), Metadata.EMPTY, SessionLifetime.DEFAULT));
    }

    private void registered(AccountEvent event) {
        registry.record(event, event.sentAt(), AccountEventRules.transitionFor(event, event.sentAt()));
    }

    @Test
    void opensTheSessionWithEverythingTheCallerAskedFor() {
        Command command = new Command(new ConnectSessionRequest(ALICE, Optional.of(new ProviderKey("bamboohr")),
                Set.of(Category.HRIS), Optional.empty(), true, Optional.of(new Label("HR")),
                new Metadata(Map.of("plan", "pro")), SessionLifetime.ofSeconds(600)));

        ConnectSession session = service(ConnectionPolicy.ALLOW_ALL).create(command);

        assertThat(session.token()).isEqualTo(new SessionToken("tok-1"));
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.endUser()).isEqualTo(ALICE);
            assertThat(request.provider()).contains(new ProviderKey("bamboohr"));
            assertThat(request.categories()).containsExactly(Category.HRIS);
            assertThat(request.multiple()).isTrue();
            assertThat(request.label()).contains(new Label("HR"));
            assertThat(request.metadata().entries()).containsEntry("plan", "pro");
            assertThat(request.expiresIn().seconds()).isEqualTo(600);
        });
    }

    @Test
    void defaultsToThirtyMinutesAndNoMetadata() {
        service(ConnectionPolicy.ALLOW_ALL).create(new Command(ConnectSessionRequest.forPicker(ALICE)));

        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.expiresIn()).isEqualTo(SessionLifetime.DEFAULT);
            assertThat(request.metadata().isEmpty()).isTrue();
            assertThat(request.categories()).isEmpty();
        });
    }

    @Test
    void aLifetimeTheProviderCannotHonourIsRefusedBeforeItIsAskedNeverShortened() {
        var thirtyMinutesOnly = SessionLifetimeBounds.exactly(Duration.ofMinutes(30));
        Command tenMinutes = new Command(new ConnectSessionRequest(ALICE, Optional.empty(), Set.of(), Optional.empty(),
                false, Optional.empty(), Metadata.EMPTY, SessionLifetime.ofSeconds(600)));

        assertThatThrownBy(() -> service(ConnectionPolicy.ALLOW_ALL, thirtyMinutesOnly).create(tenMinutes))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).contains("expiresIn");
                    assertThat(e.getMessage()).contains("exactly 1800 seconds").contains("600");
                });
        assertThat(opened).isEmpty();
        service(ConnectionPolicy.ALLOW_ALL, thirtyMinutesOnly).create(new Command(ConnectSessionRequest.forPicker(ALICE)));
        assertThat(opened).hasSize(1);
    }

    @Test
    void lifetimeBoundsLieWithinWhatConnectAcceptsAndSayWhatTheyAllow() {
        var bounds = new SessionLifetimeBounds(Duration.ofMinutes(5), Duration.ofDays(1));

        assertThat(bounds.allows(SessionLifetime.ofSeconds(300))).isTrue();
        assertThat(bounds.allows(SessionLifetime.ofSeconds(86_400))).isTrue();
        assertThat(bounds.allows(SessionLifetime.ofSeconds(299))).isFalse();
        assertThat(bounds.allows(SessionLifetime.ofSeconds(86_401))).isFalse();
        assertThat(bounds.describe()).isEqualTo("between 300 and 86400 seconds");
        assertThat(SessionLifetimeBounds.ANY.shortestLifetime()).isEqualTo(new SessionLifetime(SessionLifetime.MIN));
        assertThat(SessionLifetimeBounds.ANY.longestLifetime()).isEqualTo(new SessionLifetime(SessionLifetime.MAX));
        assertThatThrownBy(() -> new SessionLifetimeBounds(Duration.ofDays(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionLifetimeBounds.exactly(Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
        ConnectSessionPort byDefault = request -> null;
        assertThat(byDefault.lifetimes()).isEqualTo(SessionLifetimeBounds.ANY);
    }

    @Test
    void refusesAProviderOutsideTheAllowList() {
        var policy = new ConnectionPolicy(Set.of(new ProviderKey("hibob")), Set.of());
        Command command = withProvider("bamboohr");

        assertThatThrownBy(() -> service(policy).create(command))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("'bamboohr' is not allowed")
                .hasMessageContaining("hibob");
        assertThat(opened).isEmpty();
    }

    @Test
    void aRestrictedDeploymentRequiresAProvider() {
        var policy = new ConnectionPolicy(Set.of(new ProviderKey("hibob")), Set.of());

        assertThatThrownBy(() -> service(policy).create(new Command(ConnectSessionRequest.forPicker(ALICE))))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("name one of hibob");
        service(policy).create(withProvider("hibob"));
        assertThat(opened).hasSize(1);
    }

    @Test
    void refusesACategoryOutsideTheAllowListAndNarrowsAnUnrestrictedRequest() {
        var policy = new ConnectionPolicy(Set.of(), Set.of(Category.HRIS, Category.ATS));
        Command crm = new Command(new ConnectSessionRequest(ALICE, Optional.empty(), Set.of(Category.CRM),
                Optional.empty(), false, Optional.empty(), Metadata.EMPTY, null));

        assertThatThrownBy(() -> service(policy).create(crm))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("'crm'");
        service(policy).create(new Command(ConnectSessionRequest.forPicker(ALICE)));
        assertThat(opened).singleElement()
                .satisfies(request -> assertThat(request.categories()).containsExactlyInAnyOrder(Category.HRIS, Category.ATS));
    }

    @Test
    void reauthenticatesAnAccountOfTheCallersOwner() {
        directory.add("acc-1", "tenant-1", "hibob", AccountStatus.ACTIVE);

        service(ConnectionPolicy.ALLOW_ALL).create(withAccount("acc-1"));

        assertThat(opened).singleElement().satisfies(request ->
                assertThat(request.accountId()).contains(new AccountId("acc-1")));
    }

    @Test
    void anAccountTheRegistryKnowsIsCheckedThereWithoutAskingStackOne() {
        registered(TestEvents.created().account("acc-1").owner("tenant-1", "Acme").provider("hibob").build());

        service(ConnectionPolicy.ALLOW_ALL).create(withAccount("acc-1"));

        assertThat(opened).hasSize(1);
        assertThat(directory.calls()).isEmpty();
    }

    @Test
    void aDeletedAccountCannotBeReauthenticatedEvenIfStackOneStillListedIt() {
        registered(TestEvents.created().account("acc-1").owner("tenant-1", "Acme").build());
        registered(TestEvents.deleted().account("acc-1").bare().at(TestEvents.T0.plusSeconds(5)).build());
        directory.add("acc-1", "tenant-1", "bamboohr", AccountStatus.ACTIVE);

        assertThatThrownBy(() -> service(ConnectionPolicy.ALLOW_ALL).create(withAccount("acc-1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("disconnected");
        assertThat(opened).isEmpty();
    }

    @Test
    void anotherOwnersAccountInTheRegistryReadsLikeAMissingOneWhateverStackOneSays() {
        registered(TestEvents.created().account("acc-2").owner("tenant-2", "Globex").build());
        directory.add("acc-2", "tenant-1", "bamboohr", AccountStatus.ACTIVE);

        assertThatThrownBy(() -> service(ConnectionPolicy.ALLOW_ALL).create(withAccount("acc-2")))
                .isInstanceOf(NotFoundException.class).hasMessage("account 'acc-2' not found");
        assertThat(directory.calls()).isEmpty();
    }

    @Test
    void anAccountOfAnotherOwnerReadsLikeAMissingOne() {
        directory.add("acc-2", "tenant-2", "hibob", AccountStatus.ACTIVE);
        var service = service(ConnectionPolicy.ALLOW_ALL);

        assertThatThrownBy(() -> service.create(withAccount("acc-2")))
                .isInstanceOf(NotFoundException.class).hasMessage("account 'acc-2' not found");
        assertThatThrownBy(() -> service.create(withAccount("acc-404")))
                .isInstanceOf(NotFoundException.class).hasMessage("account 'acc-404' not found");
        assertThat(opened).isEmpty();
    }

    @Test
    void reauthenticationOfAnAccountWhoseProviderIsNoLongerAllowedIsRefused() {
        directory.add("acc-1", "tenant-1", "bamboohr", AccountStatus.ACTIVE);
        var policy = new ConnectionPolicy(Set.of(new ProviderKey("hibob")), Set.of());

        assertThatThrownBy(() -> service(policy).create(withAccount("acc-1")))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("bamboohr");
    }

    private static Command withProvider(String provider) {
        return new Command(new ConnectSessionRequest(ALICE, Optional.of(new ProviderKey(provider)), Set.of(),
                Optional.empty(), false, Optional.empty(), Metadata.EMPTY, null));
    }

    private static Command withAccount(String accountId) {
        return new Command(new ConnectSessionRequest(ALICE, Optional.empty(), Set.of(),
                Optional.of(new AccountId(accountId)), false, Optional.empty(), Metadata.EMPTY, null));
    }
}
