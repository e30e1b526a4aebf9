package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventRules;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.service.account.FindLinkedAccountService;
import dev.connect.domain.service.account.ListLinkedAccountsService;
import dev.connect.domain.service.health.CheckHealthService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The small services: reading the registry within one owner, gathering health, and the intake's closed outcomes. */
class ReadAndHealthServicesTest {

    private static final Instant NOW = TestEvents.T0.plusSeconds(60);

    private final InMemoryWebhookInbox registry = new InMemoryWebhookInbox();

    @Test
    void anotherOwnersAccountReadsExactlyLikeAMissingOne() {
        record(TestEvents.created().account("acc-a").owner("owner-a", "A").build());
        record(TestEvents.created().account("acc-b").owner("owner-b", "B").build());
        FindLinkedAccountUseCase find = new FindLinkedAccountService(registry);

        assertThat(find.find(query("owner-a", "acc-a"))).map(account -> account.id().value()).contains("acc-a");
        assertThat(find.find(query("owner-a", "acc-b"))).isEmpty();
        assertThat(find.find(query("owner-a", "acc-none"))).isEmpty();
    }

    @Test
    void listsOnlyTheOwnersAccounts() {
        record(TestEvents.created().account("acc-a1").owner("owner-a", "A").build());
        record(TestEvents.created().account("acc-a2").owner("owner-a", "A").build());
        record(TestEvents.created().account("acc-b").owner("owner-b", "B").build());

        assertThat(new ListLinkedAccountsService(registry).list(ListLinkedAccountsUseCase.Query.firstPage(
                new OwnerId("owner-a"))).accounts())
                .extracting(account -> account.id().value()).containsExactlyInAnyOrder("acc-a1", "acc-a2");
    }

    @Test
    void healthIsDownWhileAnyDependencyFailsAndNamesIt() {
        DependencyHealth storage = DependencyHealth.failingSince("storage", NOW);
        var health = new CheckHealthService(List.of(() -> DependencyHealth.up("stackone"), () -> storage)).check();

        assertThat(health.isUp()).isFalse();
        assertThat(health.failing()).containsExactly("storage");
        assertThat(new CheckHealthService(List.of(() -> DependencyHealth.up("storage"))).check().isUp()).isTrue();
    }

    /** A new kind of result must bring its own outcome, never borrow another's. */
    @Test
    void everyKindOfResultHasItsOwnOutcome() {
        AccountEvent event = TestEvents.created().build();
        List<Result> one = List.of(new Result.Applied(event, record(event).orElseThrow()),
                new Result.Duplicate(event), new Result.Outdated(event, java.util.Optional.empty()),
                new Result.Ignored(event));
        assertThat(one.stream().map(Result::getClass).collect(Collectors.toSet()))
                .isEqualTo(Set.of(Result.class.getPermittedSubclasses()));
        assertThat(one.stream().map(Result::outcome).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Result.Outcome.values()));
    }

    private java.util.Optional<dev.connect.domain.model.account.LinkedAccount> record(AccountEvent event) {
        registry.record(event, NOW, AccountEventRules.transitionFor(event, NOW));
        return registry.findById(event.accountId());
    }

    private static FindLinkedAccountUseCase.Query query(String owner, String account) {
        return new FindLinkedAccountUseCase.Query(new OwnerId(owner), new AccountId(account));
    }
}
