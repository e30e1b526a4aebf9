package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain refuses event dates outside {@link AccountEvent#EARLIEST_DATE} … {@link AccountEvent#LATEST_DATE}; both
 * edges must then be storable as they are, on every database, or a date the domain accepts would fail at the store
 * (a 503 that the sender retries forever).
 */
class EventDateRangeTest {

    static Stream<?> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theEdgesOfTheDateRangeRoundTripOnEveryDatabase(Supplier<JdbcSettings> settings) {
        try (JdbcDatabase database = JdbcDatabase.open(settings.get())) {
            Deliveries deliveries = new Deliveries(database);
            AccountEvent earliest = TestEvents.created().account("acc-edges").at(AccountEvent.EARLIEST_DATE).build();
            AccountEvent latest = TestEvents.updated().account("acc-edges").at(AccountEvent.LATEST_DATE)
                    .sentAt(Deliveries.NOW).build();

            assertThat(deliveries.deliver(latest)).isInstanceOf(Result.Applied.class);
            assertThat(deliveries.deliver(earliest)).isInstanceOf(Result.Outdated.class);

            LinkedAccount account = database.linkedAccounts().findById(earliest.accountId()).orElseThrow();
            assertThat(account.createdAt()).isEqualTo(AccountEvent.EARLIEST_DATE);
            assertThat(account.lastEventDate()).isEqualTo(AccountEvent.LATEST_DATE);
            assertThat(database.webhookInbox().findRecorded(latest.deduplicationKey()).orElseThrow().eventDate())
                    .isEqualTo(AccountEvent.LATEST_DATE);
        }
    }
}
