package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.FakeAccountEventDecoder;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.event.ObservedAccountRules;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.InboxOutcome;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Command;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pool retires every connection after at most 30 minutes (and idle ones sooner). Nothing a store writes may depend
 * on the connection that ran the migrations, or on any other one: H2 2.4.240 evaluated {@code CHECK (… IN (…))} with
 * the session that compiled it, so once the pool closed the migrating connection every insert failed as "check
 * constraint invalid" (23514) until the process restarted. Here every pooled connection is retired between writes,
 * and every kind of write — each constraint the migrations create — must still succeed.
 */
class PooledConnectionRotationTest {

    static Stream<Arguments> databases() {
        // not SQLite, which has no list of its connections to wait on; what is set per connection there comes from
        // the pool's settings, which every new connection gets
        return Stream.of(
                Arguments.of(Named.of("H2", (Supplier<JdbcSettings>) () -> H2Files.settings(H2Files.newPath()))),
                Arguments.of(Named.of("PostgreSQL", (Supplier<JdbcSettings>) () -> TestPostgres.shared().newSchema(4))));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyWriteSucceedsAfterThePoolRetiredEveryConnection(Supplier<JdbcSettings> settings) throws Exception {
        try (JdbcDatabase database = JdbcDatabase.open(settings.get()); PoolRotation pool = new PoolRotation(database)) {
            Deliveries deliveries = new Deliveries(database);
            for (int round = 0; round < 3; round++) {
                String account = "acc-rotation-" + round;
                pool.retireEveryConnection();
                assertThat(deliveries.deliver(TestEvents.created().account(account).build()))
                        .as("account.created, round %d", round).isInstanceOf(Result.Applied.class);
                pool.retireEveryConnection();
                assertThat(deliveries.deliver(TestEvents.updated().account(account)
                        .at(TestEvents.T0.plus(Duration.ofMinutes(1))).build())).isInstanceOf(Result.Applied.class);
                pool.retireEveryConnection();
                AccountEvent deleted = TestEvents.deleted().account(account)
                        .at(TestEvents.T0.plus(Duration.ofMinutes(2))).build();
                assertThat(deliveries.deliver(deleted)).isInstanceOf(Result.Applied.class);
                pool.retireEveryConnection();
                AccountEvent lateCreated = TestEvents.created().account(account)
                        .at(TestEvents.T0.minus(Duration.ofMinutes(1))).build();
                assertThat(deliveries.deliver(lateCreated)).isInstanceOf(Result.Outdated.class);
                pool.retireEveryConnection();
                AccountEvent unknown = TestEvents.unknown("account.renamed").account(account).build();
                assertThat(deliveries.deliver(unknown)).isInstanceOf(Result.Ignored.class);
                pool.retireEveryConnection();
                assertThat(database.webhookInbox().findRecorded(lateCreated.deduplicationKey()).orElseThrow().outcome())
                        .isEqualTo(InboxOutcome.OUTDATED);
                assertThat(database.linkedAccounts().findById(new AccountId(account)).orElseThrow().state())
                        .isEqualTo(LinkedAccountState.DELETED);

                pool.retireEveryConnection();
                AccountId reconciled = new AccountId("acc-reconciled-" + round);
                assertThat(database.linkedAccounts().change(reconciled, ObservedAccountRules.listed(
                        DirectoryAccount.of(reconciled, new OwnerId("owner-1"), new ProviderKey("hibob"),
                                AccountStatus.SUSPENDED), Deliveries.NOW, Deliveries.NOW)).created())
                        .as("a check status is written (a CHECK constraint of V2)").isTrue();

                pool.retireEveryConnection();
                rejectMalformed(deliveries);
                pool.retireEveryConnection();
                assertThat(database.webhookInbox().purgeRecordedBefore(TestEvents.T0.minus(Duration.ofDays(400))))
                        .isZero();
            }
            assertThat(database.webhookInbox().findRejected(10)).hasSize(3);
        }
    }

    /** The embedded default's file as H2 2.4.240 left it (what existing installations have in {@code ./data}). */
    @Test
    void aFileWrittenByTheStallingH2VersionOpensAndTakesWritesAfterRotation() throws Exception {
        Path path = H2Files.newPath();
        Files.createDirectories(path.getParent());
        try (InputStream old = getClass().getResourceAsStream("/h2-2.4.240/connect.mv.db")) {
            Files.copy(old, Path.of(path + ".mv.db"));
        }
        try (JdbcDatabase database = JdbcDatabase.open(H2Files.settings(path)); PoolRotation pool = new PoolRotation(database)) {
            assertThat(database.linkedAccounts().findById(new AccountId("acc-h2-2.4.240"))).isPresent();
            pool.retireEveryConnection();
            assertThat(new Deliveries(database).deliver(TestEvents.created().account("acc-after-upgrade").build()))
                    .isInstanceOf(Result.Applied.class);
        }
    }

    private static void rejectMalformed(Deliveries deliveries) {
        try {
            deliveries.service().receive(new Command(FakeAccountEventDecoder.malformed("not an event", Deliveries.NOW)));
            throw new AssertionError("a malformed delivery must be rejected");
        } catch (WebhookRejectedException rejected) {
            assertThat(rejected.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
        }
    }
}
