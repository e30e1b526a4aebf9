package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.EventIdentity;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.event.WebhookFreshness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void headersAreReadWithoutRegardToCaseAndTheBodyIsCopied() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        WebhookDelivery delivery = new WebhookDelivery(body,
                Map.of("X-StackOne-Signature", List.of("abc"), "content-type", List.of("application/json")), NOW);
        body[0] = 'X';

        assertThat(delivery.header("x-stackone-signature")).contains("abc");
        assertThat(delivery.header("X-STACKONE-SIGNATURE")).contains("abc");
        assertThat(delivery.header("Content-Type")).contains("application/json");
        assertThat(delivery.header("missing")).isEmpty();
        assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        delivery.body()[0] = 'Y';
        assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(delivery.toString()).doesNotContain("abc").doesNotContain("{}");
        assertThat(delivery).isEqualTo(WebhookDelivery.of("{}".getBytes(StandardCharsets.UTF_8),
                Map.of("x-stackone-signature", "abc", "Content-Type", "application/json"), NOW));
    }

    @Test
    void freshnessAcceptsTheWindowInclusiveAndRefusesOutsideIt() {
        WebhookFreshness window = WebhookFreshness.DEFAULT;
        window.check(NOW.minus(Duration.ofHours(24)), NOW);
        window.check(NOW.plus(Duration.ofMinutes(5)), NOW);
        assertThatThrownBy(() -> window.check(NOW.minus(Duration.ofHours(24)).minusMillis(1), NOW))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));
        assertThatThrownBy(() -> window.check(NOW.plus(Duration.ofMinutes(5)).plusMillis(1), NOW))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_STALE));
        WebhookFreshness hour = WebhookFreshness.ofMaxAge(Duration.ofHours(1));
        assertThatThrownBy(() -> hour.check(NOW.minus(Duration.ofMinutes(61)), NOW)).isInstanceOf(WebhookRejectedException.class);
        assertThat(hour.purgeCutoff(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThatThrownBy(() -> WebhookFreshness.ofMaxAge(Duration.ZERO)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> WebhookFreshness.ofMaxAge(Duration.ofDays(31))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void setupInformationIsBoundedAndSorted() {
        assertThat(new SetupInformation(Map.of("b", "2", "a", "1")).entries().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> new SetupInformation(Map.of(" ", "x"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new SetupInformation(Map.of("k", "x".repeat(SetupInformation.MAX_BYTES))))
                .isInstanceOf(InvalidRequestException.class);
    }

    /**
     * An event its provider identifies itself is told apart by that identity, not by its date: two deliveries of it
     * arrive at different times (a provider that dates nothing dates an event by its arrival) and are one event.
     */
    @Test
    void anEventWithTheProvidersOwnIdentityIsKeyedByItNotByItsDate() {
        EventIdentity identity = new EventIdentity("integration=hubspot;environment=prod");
        AccountEvent first = TestEvents.created().identity(identity).at(NOW).sentAt(NOW).build();
        AccountEvent again = TestEvents.created().identity(identity).at(NOW.plusSeconds(3)).sentAt(NOW.plusSeconds(3))
                .build();

        assertThat(again.deduplicationKey()).isEqualTo(first.deduplicationKey());
        assertThat(TestEvents.updated().identity(identity).at(NOW).build().deduplicationKey())
                .isNotEqualTo(first.deduplicationKey());
        assertThat(TestEvents.created().account("acc-2").identity(identity).at(NOW).build().deduplicationKey())
                .isNotEqualTo(first.deduplicationKey());
        assertThat(TestEvents.created().identity(new EventIdentity("integration=salesforce;environment=prod")).at(NOW)
                .build().deduplicationKey()).isNotEqualTo(first.deduplicationKey());
        assertThat(TestEvents.created().at(NOW).build().deduplicationKey())
                .as("an event without an identity is keyed by its date, as before")
                .isEqualTo(DeduplicationKey.of(new EventName("account.created"), new AccountId("acc-1"), NOW))
                .isNotEqualTo(first.deduplicationKey());
        assertThat(first.resentAt(NOW.plusSeconds(9)).identity()).contains(identity);
        // pinned: printf 'account.created\nacc-1\nid:integration=hubspot;environment=prod' | sha256sum
        assertThat(first.deduplicationKey().value())
                .isEqualTo("5fb7d8ef8a6960d7ef4fa06a67e5781b9030e74ddeb6950b624b298f9a272cde");
        assertThatThrownBy(() -> new EventIdentity(" ")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new EventIdentity("a\nb")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void eventNamesAreBoundedText() {
        assertThat(new EventName("account.suspended").value()).isEqualTo("account.suspended");
        assertThatThrownBy(() -> new EventName(" ")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new EventName("x".repeat(EventName.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidRequestException.class);
    }
}
