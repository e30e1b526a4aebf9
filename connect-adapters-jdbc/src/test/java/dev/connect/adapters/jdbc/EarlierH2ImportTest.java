package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An earlier version's embedded H2 file is moved into the SQLite default on its first start, once, losing nothing. */
class EarlierH2ImportTest {

    private final Path data = H2Files.newPath();

    @Test
    void theFirstStartOnSqliteMovesTheRegistryTheInboxAndTheAuthLinksOfTheH2File() throws Exception {
        AccountEvent created = TestEvents.created().account("acc-earlier").user("ada@acme.test").build();
        AccountEvent updated = TestEvents.updated().account("acc-earlier").at(TestEvents.T0.plus(Duration.ofMinutes(1)))
                .build();
        AuthLink link = TestLinks.pending().provider("hibob").message("hi").build()
                .revoked(TestEvents.T0.plusSeconds(3));
        RejectedDelivery rejected = new RejectedDelivery(Deliveries.NOW, ErrorCode.EVENT_MALFORMED, "not JSON",
                "{".getBytes(StandardCharsets.UTF_8));
        LinkedAccount before;
        InboxEntry entryBefore;
        try (JdbcDatabase earlier = JdbcDatabase.open(JdbcSettings.h2File(data.resolve("connect").toString()))) {
            Deliveries deliveries = new Deliveries(earlier);
            assertThat(deliveries.deliver(created)).isInstanceOf(Result.Applied.class);
            assertThat(deliveries.deliver(updated)).isInstanceOf(Result.Applied.class);
            earlier.authLinks().insert(link);
            earlier.webhookInbox().recordRejected(rejected);
            before = earlier.linkedAccounts().findById(created.accountId()).orElseThrow();
            entryBefore = earlier.webhookInbox().findRecorded(updated.deduplicationKey()).orElseThrow();
        }

        try (JdbcDatabase sqlite = JdbcDatabase.open(JdbcSettings.sqliteFile(data.resolve("connect.db")))) {
            assertThat(sqlite.linkedAccounts().findById(created.accountId())).contains(before);
            assertThat(sqlite.webhookInbox().findRecorded(updated.deduplicationKey())).contains(entryBefore);
            assertThat(new Deliveries(sqlite).deliver(created)).as("still a duplicate")
                    .isInstanceOf(Result.Duplicate.class);
            assertThat(sqlite.authLinks().findById(link.id())).contains(link);
            List<RejectedDelivery> kept = sqlite.webhookInbox().findRejected(10);
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).detail()).isEqualTo("not JSON");
            assertThat(kept.get(0).body()).isEqualTo(rejected.body());
        }
        assertThat(data.resolve("connect.mv.db")).doesNotExist();
        assertThat(data.resolve("connect.mv.db.imported")).exists();
        assertThat(data.resolve("connect.db.importing")).doesNotExist();

        try (JdbcDatabase again = JdbcDatabase.open(JdbcSettings.sqliteFile(data.resolve("connect.db")))) {
            assertThat(again.linkedAccounts().findById(created.accountId())).as("imported once, kept").contains(before);
        }
    }

    @Test
    void anH2FileThatCannotBeReadIsLeftAsItWasAndTheMessageSaysHowToGoOnWithH2() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("connect.mv.db"), "not an H2 file");

        assertThatThrownBy(() -> JdbcDatabase.open(JdbcSettings.sqliteFile(data.resolve("connect.db"))))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("connect.mv.db")
                .hasMessageContaining("kept where it is")
                .hasMessageContaining("CONNECT_DATABASE_URL");
        assertThat(Files.readString(data.resolve("connect.mv.db"))).isEqualTo("not an H2 file");
        assertThat(data.resolve("connect.db")).doesNotExist();
        assertThat(data.resolve("connect.db.importing")).doesNotExist();
    }
}
