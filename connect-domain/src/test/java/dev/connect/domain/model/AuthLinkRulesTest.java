package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkRules;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.authlink.AuthLinkLifetime;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthLinkRulesTest {

    private static final Instant T0 = TestEvents.T0;
    private static final OwnerId OWNER = new OwnerId("owner-42");

    private static AccountEvent created(String provider, Instant at) {
        return TestEvents.created().account("acc-1").owner("owner-42", "Acme").provider(provider).at(at).build();
    }

    private static Optional<AuthLink> decide(AccountEvent event, List<AuthLink> links, Instant receivedAt) {
        return AuthLinkRules.completedBy(event, OWNER, links, receivedAt);
    }

    @Test
    void aCreatedEventOfTheOwnerWhileTheLinkIsValidLinksIt() {
        AuthLink link = TestLinks.pending().build();

        AuthLink linked = decide(created("hibob", T0.plusSeconds(5)), List.of(link), T0.plusSeconds(6)).orElseThrow();

        assertThat(linked.state()).isEqualTo(AuthLinkState.LINKED);
        assertThat(linked.linkedAccountId()).contains(new AccountId("acc-1"));
        assertThat(linked.linkedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void anEventBeforeTheLinkOrAfterItsExpiryOrArrivingAfterItIsDueLinksNothing() {
        AuthLink link = TestLinks.pending().createdAt(T0.plusSeconds(10)).lifetime(Duration.ofHours(1)).build();

        assertThat(decide(created("hibob", T0), List.of(link), T0.plusSeconds(11))).isEmpty();
        assertThat(decide(created("hibob", link.expiresAt()), List.of(link), link.expiresAt())).isEmpty();
        assertThat(decide(created("hibob", T0.plusSeconds(20)), List.of(link), link.expiresAt())).isEmpty();
    }

    @Test
    void anotherOwnerAnotherProviderAnUpdateOrADeletionLinksNothing() {
        AuthLink link = TestLinks.pending().provider("bamboohr").build();
        AccountEvent other = TestEvents.created().account("acc-1").owner("owner-7", "X").provider("bamboohr")
                .at(T0.plusSeconds(5)).build();

        assertThat(AuthLinkRules.completedBy(other, new OwnerId("owner-7"), List.of(link), T0.plusSeconds(6))).isEmpty();
        assertThat(decide(created("hibob", T0.plusSeconds(5)), List.of(link), T0.plusSeconds(6))).isEmpty();
        assertThat(decide(TestEvents.updated().account("acc-1").owner("owner-42", "Acme").provider("bamboohr")
                .at(T0.plusSeconds(5)).build(), List.of(link), T0.plusSeconds(6))).isEmpty();
        assertThat(decide(TestEvents.deleted().account("acc-1").owner("owner-42", "Acme").provider("bamboohr")
                .at(T0.plusSeconds(5)).build(), List.of(link), T0.plusSeconds(6))).isEmpty();
    }

    @Test
    void aReauthenticationLinkIsCompletedByTheUpdateOfItsAccountOnly() {
        AuthLink link = TestLinks.pending().reauthenticating("acc-1").build();
        AccountEvent updateOfAnother = TestEvents.updated().account("acc-2").owner("owner-42", "Acme")
                .at(T0.plusSeconds(5)).build();
        AccountEvent update = TestEvents.updated().account("acc-1").bare().at(T0.plusSeconds(5)).build();

        assertThat(decide(created("hibob", T0.plusSeconds(5)), List.of(link), T0.plusSeconds(6))).isEmpty();
        assertThat(decide(updateOfAnother, List.of(link), T0.plusSeconds(6))).isEmpty();
        assertThat(decide(update, List.of(link), T0.plusSeconds(6))).map(AuthLink::state)
                .contains(AuthLinkState.LINKED);
    }

    @Test
    void theLinkNamingTheProviderGoesFirstThenTheOldest() {
        AuthLink any = TestLinks.pending().createdAt(T0).build();
        AuthLink hibobNewer = TestLinks.pending().provider("hibob").createdAt(T0.plusSeconds(2)).build();
        AuthLink hibobOlder = TestLinks.pending().provider("hibob").createdAt(T0.plusSeconds(1)).build();
        AuthLink bamboo = TestLinks.pending().provider("bamboohr").build();

        assertThat(decide(created("hibob", T0.plusSeconds(5)), List.of(any, hibobNewer, hibobOlder, bamboo),
                T0.plusSeconds(6)).map(AuthLink::id)).contains(hibobOlder.id());
        assertThat(decide(created("workday", T0.plusSeconds(5)), List.of(hibobNewer, any, bamboo),
                T0.plusSeconds(6)).map(AuthLink::id)).contains(any.id());
    }

    @Test
    void revokedExpiredAndLinkedLinksNeverChange() {
        AuthLink revoked = TestLinks.pending().build().revoked(T0.plusSeconds(1));
        AuthLink expired = TestLinks.pending().build().expired();
        AuthLink linked = TestLinks.pending().build().linked(new AccountId("acc-0"), T0.plusSeconds(1));

        assertThat(decide(created("hibob", T0.plusSeconds(5)), List.of(revoked, expired, linked), T0.plusSeconds(6)))
                .isEmpty();
        assertThatThrownBy(() -> revoked.revoked(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUpdateWithoutAnOwnerTakesTheRegistrysOwnerAndUnknownKindsNone() {
        AccountEvent bareUpdate = TestEvents.updated().account("acc-1").bare().build();
        AccountEvent unknown = TestEvents.unknown("account.archived").account("acc-1").owner("owner-42", "A").build();

        assertThat(AuthLinkRules.ownerOf(bareUpdate, Optional.empty())).isEmpty();
        assertThat(AuthLinkRules.ownerOf(unknown, Optional.empty())).isEmpty();
        assertThat(AuthLinkRules.ownerOf(created("hibob", T0), Optional.empty())).contains(OWNER);
    }

    @Test
    void aDueLinkReadsExpiredBeforeTheSweep() {
        AuthLink link = TestLinks.pending().lifetime(Duration.ofHours(1)).build();

        assertThat(link.stateAt(T0.plus(Duration.ofMinutes(59)))).isEqualTo(AuthLinkState.PENDING);
        assertThat(link.asOf(T0.plus(Duration.ofHours(1))).state()).isEqualTo(AuthLinkState.EXPIRED);
    }

    @Test
    void backOffDoublesUpToTheLongestAndGivesUpAfterTheLastAttempt() {
        DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(3), 4);

        assertThat(backoff.nextAttempt(1, T0)).contains(T0.plus(Duration.ofMinutes(1)));
        assertThat(backoff.nextAttempt(2, T0)).contains(T0.plus(Duration.ofMinutes(2)));
        assertThat(backoff.nextAttempt(3, T0)).contains(T0.plus(Duration.ofMinutes(3)));
        assertThat(backoff.nextAttempt(4, T0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@acme.test\r\nBcc: eve@evil.test", "ada@acme.test\nX: y", "Ada <ada@acme.test>",
            "ada@acme.test, eve@evil.test", "ada@acme", "@acme.test", "ada", "ada@acme.test ", "ada@-acme.test"})
    void aRecipientIsOnePlainAddress(String address) {
        assertThatThrownBy(() -> new EmailAddress(address)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("recipientEmail");
    }

    @Test
    void valuesStateTheirLimits() {
        assertThat(new EmailAddress("ada.lovelace+links@mail.acme.test").value()).contains("+links");
        assertThatThrownBy(() -> AuthLinkLifetime.ofSeconds(30L * 24 * 3600 + 1))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(AuthLinkLifetime.DEFAULT.value()).isEqualTo(Duration.ofDays(5));
        assertThatThrownBy(() -> new AuthLinkMessage("a\u0000b")).isInstanceOf(InvalidRequestException.class);
        assertThat(new AuthLinkMessage("line one\r\nline two").value()).contains("\n");
        AuthLinkToken token = AuthLinkToken.generate();
        assertThat(token.value()).hasSize(43);
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(TestLinks.pending().build().toString()).doesNotContain("hub.test");
    }
}
