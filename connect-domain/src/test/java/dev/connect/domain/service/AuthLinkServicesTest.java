package dev.connect.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.connect.domain.fakes.InMemoryAuthLinkStore;
import dev.connect.domain.fakes.MutableClock;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkLifetime;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import dev.connect.domain.model.authlink.DeliveryStatus;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.DeliveryNotConfiguredException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.FindAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase.Opening;
import dev.connect.domain.port.in.authlink.ResendAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.RevokeAuthLinkUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort.Outcome;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import dev.connect.domain.service.authlink.CreateAuthLinkService;
import dev.connect.domain.service.authlink.DeliverAuthLinksService;
import dev.connect.domain.service.authlink.ExpireAuthLinksService;
import dev.connect.domain.service.authlink.FindAuthLinkService;
import dev.connect.domain.service.authlink.OpenAuthLinkService;
import dev.connect.domain.service.authlink.ResendAuthLinkService;
import dev.connect.domain.service.authlink.RevokeAuthLinkService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AuthLinkServicesTest {

    private final MutableClock clock = new MutableClock(TestEvents.T0);
    private final InMemoryAuthLinkStore store = new InMemoryAuthLinkStore();
    private final List<CreateConnectSessionUseCase.Command> sessionsOpened = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final AtomicBoolean mailDown = new AtomicBoolean();
    private final List<AuthLinkChange> told = new ArrayList<>();
    private final AccountEventListenerPort listener = new AccountEventListenerPort() {
        @Override
        public void onApplied(AccountEvent event, LinkedAccount account) {
        }

        @Override
        public void onAuthLinkChanged(AuthLinkChange change) {
            told.add(change);
        }
    };
    private final CreateConnectSessionUseCase sessions = command -> {
        sessionsOpened.add(command);
        int n = sessionsOpened.size();
        return new ConnectSession(new SessionToken("t" + n), clock.instant().plus(command.request().expiresIn().value()),
                URI.create("https://hub.test/session/" + n));
    };
    private final AuthLinkDeliveryPort mail = invitation -> {
        if (mailDown.get()) {
            return new Outcome.Failed("connection refused by mail.test:25");
        }
        delivered.add(invitation.url().toString());
        return new Outcome.Sent();
    };
    private final SessionLifetimeBounds nangoLike = SessionLifetimeBounds.exactly(Duration.ofMinutes(30));

    private DeliverAuthLinksService deliveries(Optional<AuthLinkDeliveryPort> port) {
        return new DeliverAuthLinksService(port, store, token -> URI.create("https://connect.test/links/" + token.value()),
                new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(4), 3), clock);
    }

    private AuthLinkView create(SessionLifetimeBounds bounds, TestLinks link, Optional<AuthLinkDeliveryPort> port) {
        return new CreateAuthLinkService(sessions, bounds, store, deliveries(port),
                token -> URI.create("https://connect.test/links/" + token.value()), clock)
                .create(new CreateAuthLinkUseCase.Command(link.target(), AuthLinkLifetime.DEFAULT));
    }

    private OpenAuthLinkService opener(SessionLifetimeBounds bounds) {
        return new OpenAuthLinkService(store, sessions, bounds, clock);
    }

    @Test
    void createOpensASessionAsLongAsTheProviderAllowsStoresThePendingLinkAndDeliversIt() {
        AuthLinkView view = create(SessionLifetimeBounds.ANY, TestLinks.pending().provider("hibob"), Optional.of(mail));

        assertThat(view.link().state()).isEqualTo(AuthLinkState.PENDING);
        assertThat(view.link().expiresAt()).isEqualTo(TestEvents.T0.plus(Duration.ofDays(5)));
        assertThat(view.link().delivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(view.url().toString()).isEqualTo("https://connect.test/links/" + view.link().token().value());
        assertThat(delivered).containsExactly(view.url().toString());
        assertThat(sessionsOpened.get(0).request().expiresIn().value()).isEqualTo(Duration.ofDays(5));
        assertThat(sessionsOpened.get(0).request().endUser().userName().orElseThrow().value()).isEqualTo("ada@acme.test");
        assertThat(store.findById(view.link().id())).contains(view.link());
    }

    @Test
    void withoutADeliveryNothingIsCreatedAndTheProviderIsNotAsked() {
        assertThatThrownBy(() -> create(SessionLifetimeBounds.ANY, TestLinks.pending(), Optional.empty()))
                .isInstanceOf(DeliveryNotConfiguredException.class);
        assertThat(sessionsOpened).isEmpty();
    }

    @Test
    void aFailedDeliveryStaysPendingIsRetriedAfterTheBackOffThenGivenUpAndResendWorksAfterwards() {
        mailDown.set(true);
        AuthLinkView view = create(SessionLifetimeBounds.ANY, TestLinks.pending(), Optional.of(mail));
        DeliverAuthLinksService retries = deliveries(Optional.of(mail));

        assertThat(view.link().state()).isEqualTo(AuthLinkState.PENDING);
        assertThat(view.link().delivery().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(view.link().delivery().lastError()).contains("connection refused by mail.test:25");
        assertThat(retries.deliverDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(retries.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(retries.deliverDue()).isEqualTo(1);
        assertThat(store.findById(view.link().id()).orElseThrow().delivery().status()).isEqualTo(DeliveryStatus.FAILED);
        clock.advance(Duration.ofHours(1));
        assertThat(retries.deliverDue()).isZero();

        mailDown.set(false);
        AuthLinkView resent = new ResendAuthLinkService(store, retries, token -> view.url(), clock)
                .resend(new ResendAuthLinkUseCase.Command(view.link().id()));

        assertThat(resent.link().delivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(resent.link().delivery().attempts()).isEqualTo(1);
        assertThat(delivered).containsExactly(view.url().toString());
    }

    @Test
    void revokeIsIdempotentToldOnceAndRefusedForALinkedOrExpiredLink() {
        AuthLink link = TestLinks.pending().build();
        AuthLink linked = TestLinks.pending().build().linked(new AccountId("a"), TestEvents.T0);
        AuthLink due = TestLinks.pending().lifetime(Duration.ofMinutes(5)).build();
        List.of(link, linked, due).forEach(store::insert);
        clock.advance(Duration.ofMinutes(10));
        RevokeAuthLinkService revoke = new RevokeAuthLinkService(store, token -> URI.create("https://c.test/x"),
                List.of(listener), clock);

        AuthLinkView first = revoke.revoke(new RevokeAuthLinkUseCase.Command(link.id()));
        AuthLinkView second = revoke.revoke(new RevokeAuthLinkUseCase.Command(link.id()));

        assertThat(first.link().state()).isEqualTo(AuthLinkState.REVOKED);
        assertThat(second).isEqualTo(first);
        assertThat(told).extracting(AuthLinkChange::from, change -> change.link().state())
                .containsExactly(tuple(AuthLinkState.PENDING, AuthLinkState.REVOKED));
        assertThatThrownBy(() -> revoke.revoke(new RevokeAuthLinkUseCase.Command(linked.id())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> revoke.revoke(new RevokeAuthLinkUseCase.Command(due.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> revoke.revoke(new RevokeAuthLinkUseCase.Command(TestLinks.pending().build().id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSweepExpiresDueLinksTellsTheListenersAndReadsNeverAnswerADueLinkAsPending() {
        AuthLink link = TestLinks.pending().lifetime(Duration.ofHours(1)).build();
        store.insert(link);
        clock.advance(Duration.ofHours(1));
        FindAuthLinkService find = new FindAuthLinkService(store, token -> URI.create("https://c.test/x"), clock);

        assertThat(find.find(new FindAuthLinkUseCase.Query(link.id()))
                .orElseThrow().link().state()).isEqualTo(AuthLinkState.EXPIRED);
        assertThat(new ExpireAuthLinksService(store, List.of(listener), clock).expireDue()).isEqualTo(1);
        assertThat(told).hasSize(1);
        assertThat(new ExpireAuthLinksService(store, List.of(listener), clock).expireDue()).isZero();
    }

    @Test
    void openingAPendingLinkRedirectsToItsSessionOrAFreshOneAndOthersSayWhyNot() {
        AuthLinkView view = create(nangoLike, TestLinks.pending().provider("hubspot"), Optional.of(mail));
        OpenAuthLinkService open = opener(nangoLike);
        String token = view.link().token().value();

        assertThat(sessionsOpened.get(0).request().expiresIn().value()).isEqualTo(Duration.ofMinutes(30));
        assertThat(open.open(new OpenAuthLinkUseCase.Query(token)))
                .isEqualTo(new Opening.Redirect(URI.create("https://hub.test/session/1")));
        clock.advance(Duration.ofMinutes(25));
        Opening fresh = open.open(new OpenAuthLinkUseCase.Query(token));
        assertThat(fresh).isEqualTo(new Opening.Redirect(URI.create("https://hub.test/session/2")));
        assertThat(sessionsOpened.get(1).request().provider().orElseThrow().value()).isEqualTo("hubspot");
        assertThat(store.findById(view.link().id())).contains(view.link());

        new RevokeAuthLinkService(store, t -> view.url(), List.of(), clock)
                .revoke(new RevokeAuthLinkUseCase.Command(view.link().id()));
        assertThat(open.open(new OpenAuthLinkUseCase.Query(token)))
                .isEqualTo(new Opening.NotValid(OpenAuthLinkUseCase.Reason.REVOKED));
        assertThat(open.open(new OpenAuthLinkUseCase.Query("x".repeat(43))))
                .isEqualTo(new Opening.NotValid(OpenAuthLinkUseCase.Reason.UNKNOWN));
        assertThat(open.open(new OpenAuthLinkUseCase.Query("../etc")))
                .isEqualTo(new Opening.NotValid(OpenAuthLinkUseCase.Reason.UNKNOWN));
    }
}
