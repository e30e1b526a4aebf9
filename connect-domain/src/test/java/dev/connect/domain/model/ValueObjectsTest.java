package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.Label;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.model.session.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    static Stream<Arguments> boundedTexts() {
        return Stream.of(
                Arguments.of("ownerId", (Function<String, Object>) OwnerId::new),
                Arguments.of("ownerName", (Function<String, Object>) OwnerName::new),
                Arguments.of("userName", (Function<String, Object>) UserName::new),
                Arguments.of("label", (Function<String, Object>) Label::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedTexts")
    void boundedTextsRejectBlankOverlongAndControlCharacters(String field, Function<String, Object> create) {
        for (String bad : new String[] {null, "", "   ", "x".repeat(256), "a\nb", "a\u0000b"}) {
            assertThatThrownBy(() -> create.apply(bad))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).field()).contains(field));
        }
        assertThat(create.apply("x".repeat(255))).hasToString("x".repeat(255));
        assertThat(create.apply("Acme Ltd. — Zürich")).hasToString("Acme Ltd. — Zürich");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acc_9f8e7d", "123456789012345678", "a", "conn-1.b~c", "7f0c2b4e-1d2a-4c55-9f0e-2b8c7d6e5f4a"})
    void acceptsAccountIdsOfUrlSafeCharacters(String id) {
        assertThat(new AccountId(id).value()).isEqualTo(id);
        assertThat(new AccountId("x".repeat(255)).value()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "acc/1", "..", "acc..1", ".acc", "acc 1", "acc%2F1", "acc\n", "ac\u0000c", "ünï",
            "acc?x", "acc#x", "acc:1"})
    void rejectsAccountIdsThatCouldBreakAPathOrALogLine(String id) {
        assertThatThrownBy(() -> new AccountId(id))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).contains("accountId"));
        assertThatThrownBy(() -> new AccountId("x".repeat(256))).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1969-12-31T23:59:59.999999Z", "+10000-01-01T00:00:00Z", "-75000-01-01T00:00:00Z",
            "+294277-01-01T00:00:00Z"})
    void eventDatesOutsideTheSupportedRangeAreRefusedAndNamed(String date) {
        Instant outside = Instant.parse(date);
        assertThatThrownBy(() -> TestEvents.created().at(outside).sentAt(Instant.parse("2026-11-20T10:00:00Z")).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("eventDate"));
        assertThatThrownBy(() -> TestEvents.created().sentAt(outside).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("sentAt"));
    }

    @Test
    void theEdgesOfTheEventDateRangeAreAccepted() {
        AccountEvent earliest = TestEvents.created().at(AccountEvent.EARLIEST_DATE).build();
        AccountEvent latest = TestEvents.deleted().at(AccountEvent.LATEST_DATE).sentAt(AccountEvent.LATEST_DATE).build();
        assertThat(earliest.eventDate()).isEqualTo(AccountEvent.EARLIEST_DATE);
        assertThat(latest.eventDate()).isEqualTo(AccountEvent.LATEST_DATE);
        assertThat(latest.order().orElseThrow().isAfter(earliest.order().orElseThrow())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bamboohr", "hibob", "zoho_crm", "a", "0x", "workday-v2"})
    void acceptsProviderKeysOfStackOnesShape(String key) {
        assertThat(new ProviderKey(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BambooHR", "_x", "-x", "has space", "émoji", "a/b"})
    void rejectsProviderKeysOfAnyOtherShape(String key) {
        assertThatThrownBy(() -> new ProviderKey(key))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("provider");
    }

    @Test
    void providerKeysAreAtMostSixtyFourCharacters() {
        assertThat(new ProviderKey("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new ProviderKey("a".repeat(65))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void knowsTheFourteenCategoriesByTheirKeys() {
        assertThat(Arrays.stream(Category.values()).map(Category::key)).containsExactlyInAnyOrder("ats", "hris",
                "hris-legacy", "crm", "iam", "marketing", "lms", "stackone", "documents", "ticketing", "screening",
                "messaging", "accounting", "scheduling");
        assertThat(Category.fromKey("hris-legacy")).isEqualTo(Category.HRIS_LEGACY);
        for (Category category : Category.values()) {
            assertThat(Category.fromKey(category.key())).isEqualTo(category);
        }
        assertThatThrownBy(() -> Category.fromKey("HRIS"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown category 'HRIS'")
                .hasMessageContaining("hris-legacy");
    }

    @Test
    void sessionLifetimeIsBetweenOneMinuteAndSevenDaysAndThirtyMinutesByDefault() {
        assertThat(SessionLifetime.DEFAULT.seconds()).isEqualTo(1800);
        assertThat(SessionLifetime.ofSeconds(60).seconds()).isEqualTo(60);
        assertThat(SessionLifetime.ofSeconds(604_800).seconds()).isEqualTo(604_800);
        assertThatThrownBy(() -> SessionLifetime.ofSeconds(59)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("expiresIn");
        assertThatThrownBy(() -> SessionLifetime.ofSeconds(604_801)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new SessionLifetime(Duration.ofSeconds(-1))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void metadataIsAtMostFiftyKeys() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        assertThat(new Metadata(fifty).entries()).hasSize(50);
        fifty.put("one-more", "v");
        assertThatThrownBy(() -> new Metadata(fifty)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("50 keys");
    }

    @Test
    void metadataIsAtMostFourKibibytesCountedInUtf8() {
        assertThat(new Metadata(Map.of("k", "x".repeat(4095))).entries()).hasSize(1);
        assertThatThrownBy(() -> new Metadata(Map.of("k", "x".repeat(4096))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4096 bytes");
        // two bytes per character in UTF-8: 2100 characters are 4200 bytes
        assertThatThrownBy(() -> new Metadata(Map.of("k", "é".repeat(2100)))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void metadataRejectsBlankKeysAndIsImmutable() {
        assertThatThrownBy(() -> new Metadata(Map.of(" ", "v"))).isInstanceOf(InvalidRequestException.class);
        Map<String, String> source = new HashMap<>(Map.of("a", "1"));
        Metadata metadata = new Metadata(source);
        source.put("b", "2");
        assertThat(metadata.entries()).containsOnlyKeys("a");
        assertThatThrownBy(() -> metadata.entries().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sessionTokensNeverShowInToString() {
        SessionToken token = new SessionToken("secret-token-value");
        assertThat(token.toString()).doesNotContain("secret-token-value");
        assertThat(new ConnectSession(token, java.time.Instant.EPOCH, java.net.URI.create("https://x")).toString())
                .doesNotContain("secret-token-value");
    }

    @Test
    void upstreamAndWebhookFailuresAcceptOnlyTheirOwnCodes() {
        assertThatThrownBy(() -> new UpstreamException(ErrorCode.NOT_FOUND, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookRejectedException(ErrorCode.UPSTREAM_TIMEOUT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
