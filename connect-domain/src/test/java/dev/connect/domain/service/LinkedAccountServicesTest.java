package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.InMemoryAccountDirectory;
import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.fakes.MutableClock;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.event.InboxOutcome;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import dev.connect.domain.service.account.CheckLinkedAccountService;
import dev.connect.domain.service.account.DisconnectLinkedAccountService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Health check and disconnect: StackOne first, then the registry, always within the caller's owner. */
class LinkedAccountServicesTest {

    private static final OwnerId OWNER = new OwnerId("owner-1");
    private static final AccountId ACC = new AccountId("acc-1");

    private final MutableClock clock = new MutableClock(TestEvents.T0.plus(Duration.ofHours(1)));
    private final InMemoryWebhookInbox registry = new InMemoryWebhookInbox();
    private final InMemoryAccountDirectory stackOne = new InMemoryAccountDirectory();
    private final CheckLinkedAccountService check =
            new CheckLinkedAccountService(registry, registry, stackOne, clock);
    private final DisconnectLinkedAccountService disconnect =
            new DisconnectLinkedAccountService(registry, registry, stackOne, clock);

    @BeforeEach
    void anAccountOfOwner1() {
        deliver(TestEvents.created().account("acc-1").owner("owner-1", "Acme").build());
        stackOne.add("acc-1", "owner-1", "bamboohr", AccountStatus.ACTIVE);
    }

    private InboxOutcome deliver(AccountEvent event) {
        Instant arrival = clock.instant();
        return ((Recording.Recorded) registry.record(event, arrival, AccountEventRules.transitionFor(event, arrival)))
                .application().outcome();
    }

    @ParameterizedTest
    @EnumSource(AccountStatus.class)
    void aCheckStoresEveryStatusWithItsReasonsAndTheTimeOfTheCheck(AccountStatus status) {
        List<StatusReason> reasons = List.of(new StatusReason(Optional.of("code-1"), Optional.of("why"),
                Optional.of(TestEvents.T0)));
        stackOne.put(new DirectoryAccount(ACC, OWNER, Optional.empty(), Optional.empty(), new ProviderKey("bamboohr"),
                status, reasons, Optional.empty(), Optional.empty()));
        clock.advance(Duration.ofMinutes(5));

        LinkedAccount checked = check.check(new CheckLinkedAccountUseCase.Command(OWNER, ACC));

        assertThat(checked.lastCheck()).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(status);
            assertThat(found.reasons()).isEqualTo(reasons);
            assertThat(found.checkedAt()).isEqualTo(clock.instant());
        });
        assertThat(registry.findById(ACC)).contains(checked);
        assertThat(checked.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aCheckOfAnAccountStackOneNoLongerKnowsMarksItDeleted() {
        stackOne.remove("acc-1");

        LinkedAccount checked = check.check(new CheckLinkedAccountUseCase.Command(OWNER, ACC));

        assertThat(checked.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(registry.findById(ACC)).contains(checked);
    }

    @Test
    void anotherOwnersAccountIsNotFoundOnEveryRouteAndStackOneIsNeverAsked() {
        OwnerId other = new OwnerId("owner-2");

        assertThatThrownBy(() -> check.check(new CheckLinkedAccountUseCase.Command(other, ACC)))
                .isInstanceOf(NotFoundException.class).hasMessage("account 'acc-1' not found");
        assertThatThrownBy(() -> disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(other, ACC)))
                .isInstanceOf(NotFoundException.class).hasMessage("account 'acc-1' not found");
        assertThatThrownBy(() -> disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER,
                new AccountId("acc-404")))).isInstanceOf(NotFoundException.class).hasMessage("account 'acc-404' not found");
        assertThat(stackOne.calls()).isEmpty();
        assertThat(registry.findById(ACC).orElseThrow().state()).isEqualTo(LinkedAccountState.LINKED);
    }

    @Test
    void disconnectDeletesAtStackOneThenInTheRegistryAndASecondCallAnswersTheSame() {
        clock.advance(Duration.ofMinutes(1));
        LinkedAccount first = disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER, ACC));
        clock.advance(Duration.ofMinutes(1));
        LinkedAccount second = disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER, ACC));

        assertThat(first.state()).isEqualTo(LinkedAccountState.DELETED);
        assertThat(first.lastEventDate()).isEqualTo(TestEvents.T0.plus(Duration.ofMinutes(61)));
        assertThat(second).isEqualTo(first);
        assertThat(stackOne.calls()).containsExactly("delete acc-1");
        assertThat(stackOne.find(ACC)).isEmpty();
    }

    @Test
    void anAccountStackOneNoLongerKnowsIsStillMarkedDeleted() {
        stackOne.remove("acc-1");

        assertThat(disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER, ACC)).state())
                .isEqualTo(LinkedAccountState.DELETED);
    }

    @Test
    void aFailureAtStackOneLeavesTheRegistryAsItWas() {
        LinkedAccount before = registry.findById(ACC).orElseThrow();
        stackOne.failCall(1);

        assertThatThrownBy(() -> disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER, ACC)))
                .isInstanceOf(UpstreamException.class);
        assertThat(registry.findById(ACC)).contains(before);
    }

    @Test
    void stackOnesDeletedWebhookAfterADisconnectIsAHarmlessDuplicateOfThatState() {
        Instant deletedAtStackOne = clock.instant();
        clock.advance(Duration.ofMillis(250)); // StackOne's answer arrives after it deleted the account
        LinkedAccount disconnected = disconnect.disconnect(new DisconnectLinkedAccountUseCase.Command(OWNER, ACC));

        InboxOutcome webhook = deliver(TestEvents.deleted().account("acc-1").at(deletedAtStackOne).build());

        assertThat(webhook).isEqualTo(InboxOutcome.OUTDATED);
        assertThat(registry.findById(ACC)).contains(disconnected);
    }
}
