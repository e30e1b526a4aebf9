package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.FakeAccountEventDecoder;
import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Command;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import dev.connect.domain.service.event.PurgeWebhookInboxService;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiveAccountEventServiceTest {

    private static final Instant NOW = TestEvents.T0.plusSeconds(10);

    private final InMemoryWebhookInbox ledger = new InMemoryWebhookInbox();
    private final FakeAccountEventDecoder decoder = new FakeAccountEventDecoder();
    private final List<String> heard = new ArrayList<>();

    private ReceiveAccountEventService service(AccountEventListenerPort... listeners) {
        return new ReceiveAccountEventService(decoder, ledger, List.of(listeners), WebhookFreshness.DEFAULT);
    }

    @Test
    void aStorageFailureWritesNothingTellsNoListenerAndTheRetrySucceeds() {
        ReceiveAccountEventService service = service((event, account) -> heard.add(event.accountId().value()));
        AccountEvent created = TestEvents.created().build();
        ledger.failNextWrites(1);

        assertThatThrownBy(() -> service.receive(new Command(decoder.deliveryOf(created, NOW))))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(ledger.inboxSize()).isZero();
        assertThat(ledger.findById(created.accountId())).isEmpty();
        assertThat(heard).isEmpty();

        assertThat(service.receive(new Command(decoder.deliveryOf(created, NOW)))).isInstanceOf(Result.Applied.class);
        assertThat(heard).containsExactly("acc-1");
    }

    @Test
    void aFailingListenerNeverFailsTheIntakeNorStopsTheOthers() {
        ReceiveAccountEventService service = service(
                (event, account) -> {
                    throw new IllegalStateException("listener down");
                },
                (event, account) -> heard.add(account.state().name()));

        Result result = service.receive(new Command(decoder.deliveryOf(TestEvents.deleted().build(), NOW)));

        assertThat(result).isInstanceOf(Result.Applied.class);
        assertThat(heard).containsExactly(LinkedAccountState.DELETED.name());
        assertThat(service.listenerFailures()).isEqualTo(1);
    }

    @Test
    void unsignedForgedAndStaleDeliveriesNeverTouchTheStoreAndAreCountedByReason() {
        ReceiveAccountEventService service = service();
        ledger.setUnavailable(true);
        AccountEvent stale = TestEvents.created().sentAt(NOW.minus(Duration.ofHours(25))).build();
        WebhookDelivery forged = WebhookDelivery.of("{}".getBytes(StandardCharsets.UTF_8),
                Map.of(FakeAccountEventDecoder.SIGNATURE_HEADER, "forged"), NOW);

        for (WebhookDelivery refused : List.of(FakeAccountEventDecoder.unsigned("{}", NOW), forged,
                FakeAccountEventDecoder.unsigned("{}", NOW))) {
            assertThatThrownBy(() -> service.receive(new Command(refused)))
                    .isInstanceOfSatisfying(WebhookRejectedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
        }
        assertThatThrownBy(() -> service.receive(new Command(decoder.deliveryOf(stale, NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));

        assertThat(ledger.calls()).as("the store was never asked, so it was never written").isZero();
        assertThat(service.rejections(ErrorCode.SIGNATURE_INVALID)).isEqualTo(3);
        assertThat(service.rejections(ErrorCode.EVENT_STALE)).isEqualTo(1);
        assertThat(service.rejections(ErrorCode.EVENT_MALFORMED)).isZero();
        assertThat(service.rejections(ErrorCode.STORAGE_UNAVAILABLE)).isZero();
    }

    @Test
    void anAcceptedDeliveryAsksTheStoreOnceAndADuplicateOnceMore() {
        ReceiveAccountEventService service = service();
        AccountEvent created = TestEvents.created().build();

        assertThat(service.receive(new Command(decoder.deliveryOf(created, NOW)))).isInstanceOf(Result.Applied.class);
        assertThat(ledger.calls()).as("no look-up before recording").isEqualTo(1);
        assertThat(service.receive(new Command(decoder.deliveryOf(created, NOW)))).isInstanceOf(Result.Duplicate.class);
        assertThat(ledger.calls()).isEqualTo(2);
    }

    @Test
    void aMalformedDeliveryThatCannotBeKeptAsksForARetry() {
        ledger.setUnavailable(true);
        assertThatThrownBy(() -> service().receive(new Command(FakeAccountEventDecoder.malformed("{", NOW))))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void theWindowIsConfigurable() {
        ReceiveAccountEventService strict = new ReceiveAccountEventService(decoder, ledger, List.of(),
                WebhookFreshness.ofMaxAge(Duration.ofMinutes(10)));
        AccountEvent event = TestEvents.created().sentAt(NOW.minus(Duration.ofMinutes(11))).build();
        assertThatThrownBy(() -> strict.receive(new Command(decoder.deliveryOf(event, NOW))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));
        assertThat(ledger.inboxSize()).isZero();
    }

    @Test
    void purgeUsesTheWindow() {
        AccountEvent event = TestEvents.created().sentAt(NOW).build();
        service().receive(new Command(decoder.deliveryOf(event, NOW)));
        PurgeWebhookInboxService purge = new PurgeWebhookInboxService(ledger, WebhookFreshness.DEFAULT);

        assertThat(purge.purge(NOW.plus(Duration.ofHours(24)))).isZero();
        assertThat(purge.purge(NOW.plus(Duration.ofHours(24)).plusNanos(1000))).isEqualTo(1);
    }
}
