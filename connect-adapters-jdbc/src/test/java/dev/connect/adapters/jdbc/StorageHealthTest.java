package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * A store whose writes all fail says so: its health turns failing (while reads still work) and back once a write
 * succeeds, and the first failure of a kind is logged once, with its SQLState and nothing of the data.
 */
class StorageHealthTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(StorageHealth.class);

    static Stream<?> databases() {
        return TestDatabases.all();
    }

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void failingWritesTurnTheStorageFailingAndAreLoggedOncePerKind(Supplier<JdbcSettings> settings) throws Exception {
        JdbcSettings where = settings.get();
        try (JdbcDatabase database = JdbcDatabase.open(where);
             Connection operator = DriverManager.getConnection(where.url(), where.user(), where.password());
             Statement ignored = operator.createStatement()) {
            Refusals sabotage = new Refusals(operator, where);
            Deliveries deliveries = new Deliveries(database);
            assertThat(deliveries.deliver(TestEvents.created().account("acc-before").build()))
                    .isInstanceOf(Result.Applied.class);
            assertThat(database.health().health().isUp()).isTrue();

            // every later inbox insert now breaks a constraint, as the stalled H2 version's did
            sabotage.refuse("webhook_inbox", "refuse_all_ck", "account_id = 'acc-before'");
            for (int delivery = 0; delivery < 3; delivery++) {
                String account = "acc-refused-" + delivery;
                assertThatThrownBy(() -> deliveries.deliver(TestEvents.created().account(account).user("secret-user@acme.test").build()))
                        .isInstanceOf(StorageUnavailableException.class);
            }
            assertThat(database.linkedAccounts().findById(new AccountId("acc-before"))).isPresent();
            assertThat(database.health().health().isUp()).as("reads work, writes do not").isFalse();
            assertThat(database.health().health().failingSince()).isPresent();

            List<ILoggingEvent> warnings = events(Level.WARN);
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).getFormattedMessage())
                    .contains("writes", "record an account event", "SQLState 23")
                    .doesNotContain("secret-user", "acc-refused", "refuse_all_ck", where.url());

            sabotage.allowAgain("webhook_inbox", "refuse_all_ck");
            assertThat(deliveries.deliver(TestEvents.created().account("acc-after").build()))
                    .isInstanceOf(Result.Applied.class);
            assertThat(database.health().health().isUp()).isTrue();
            assertThat(events(Level.INFO)).anyMatch(event -> event.getFormattedMessage().contains("succeed again after 3"));

            sabotage.refuse("webhook_inbox", "refuse_all_ck", "account_id <> 'acc-again'");
            assertThatThrownBy(() -> deliveries.deliver(TestEvents.created().account("acc-again").build()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThat(events(Level.WARN)).as("a new run of failures is logged again").hasSize(2);
        }
    }

    private List<ILoggingEvent> events(Level level) {
        return log.list.stream().filter(event -> event.getLevel() == level).toList();
    }
}
