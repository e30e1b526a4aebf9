package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.model.session.SessionLifetimeBounds;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the domain relies on from every provider's {@link ConnectSessionPort}: a session for the end user that lasts as
 * long as asked within the lifetimes the provider declares, with its hosted link (what auth links will hand out); the
 * provider's refusals as the domain's codes, never quoting its credential; retries within one deadline, never sooner
 * than {@code Retry-After}, and never a repeated {@code POST} where the provider may have acted.
 *
 * <p>A provider adapter's test extends this and supplies the adapter (built with {@link ProviderTimeouts}) and a way
 * to arrange the provider's answers: an HTTP stub of its documented API, or a local stand-in such as the StackOne
 * sandbox. Where the stand-in cannot count requests, the checks of how often a call was made are left out.
 */
public abstract class ConnectSessionPortContract {

    /** How far a session's end may lie from the asked lifetime: the provider's and the test's clocks differ a little. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    /** The adapter, with the credential the provider accepts. */
    protected abstract ConnectSessionPort sessions();

    /** The adapter, with a credential the provider refuses. */
    protected abstract ConnectSessionPort sessionsWithRefusedCredential();

    /** The secrets that must never appear in a failure: the accepted and the refused credential. */
    protected abstract List<String> secrets();

    /** A provider key the provider under test links (an integration it has). */
    protected abstract ProviderKey aProvider();

    /** Makes the provider answer the next session request(s) so. */
    protected abstract void givenFault(ProviderFault fault);

    /** How many session requests reached the provider so far; empty when the stand-in cannot tell. */
    protected abstract OptionalInt sessionRequests();

    /** Whether the provider gives a hosted link with each session (a provider may give a token only). */
    protected boolean givesHostedLinks() {
        return true;
    }

    protected ConnectSessionRequest request(SessionLifetime lifetime) {
        return new ConnectSessionRequest(
                new EndUser(new Owner(new OwnerId("tenant-kit"), new OwnerName("Kit Ltd")),
                        Optional.of(new UserName("ada@kit.test"))),
                Optional.of(aProvider()), Set.of(), Optional.empty(), false, Optional.empty(), Metadata.EMPTY,
                lifetime);
    }

    private ConnectSessionRequest plainRequest() {
        return request(sessions().lifetimes().shortestLifetime());
    }

    @Test
    void opensASessionThatLastsAsLongAsAskedAtEitherEndOfTheLifetimesItDeclares() {
        SessionLifetimeBounds lifetimes = sessions().lifetimes();
        for (SessionLifetime asked : List.of(lifetimes.shortestLifetime(), lifetimes.longestLifetime())) {
            Instant before = Instant.now();

            ConnectSession session = sessions().open(request(asked));

            assertThat(session.token().value()).isNotBlank();
            assertThat(session.expiresAt()).as("a session asked for " + asked.seconds() + " s")
                    .isBetween(before.plus(asked.value()).minus(CLOCK_TOLERANCE),
                            Instant.now().plus(asked.value()).plus(CLOCK_TOLERANCE));
        }
    }

    @Test
    void theSessionCarriesTheHostedLinkAnAuthLinkHandsOut() {
        ConnectSession session = sessions().open(plainRequest());

        if (givesHostedLinks()) {
            assertThat(session.authLinkUrl()).hasValueSatisfying(link -> {
                assertThat(link.getScheme()).isIn("http", "https");
                assertThat(link.getHost()).isNotBlank();
            });
        }
        assertThat(session.token().toString()).doesNotContain(session.token().value());
    }

    @Test
    void aCredentialTheProviderRefusesIsAMisconfigurationThatNeverShowsIt() {
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> sessionsWithRefusedCredential().open(plainRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_MISCONFIGURED);
        assertNoSecretIn(failure);
    }

    @Test
    void aRequestTheProviderRejectsIsRejectedAndNotRepeated() {
        givenFault(ProviderFault.status(400, 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> sessions().open(plainRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
        assertNoSecretIn(failure);
        assertRequests(1);
    }

    @Test
    void rateLimitedOnceThenTheSessionOpensOnTheRetry() {
        givenFault(ProviderFault.rateLimited(Duration.ofSeconds(1), 1));

        assertThat(sessions().open(plainRequest()).token().value()).isNotBlank();
        assertRequests(2);
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnceAndSaysWhenToComeBack() {
        givenFault(ProviderFault.rateLimited(Duration.ofSeconds(60), ProviderFault.PERSISTENT));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> sessions().open(plainRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(60));
        assertRequests(1);
    }

    @Test
    void aServerErrorOnOpeningIsNotRepeatedBecauseTheProviderMayHaveActed() {
        givenFault(ProviderFault.status(500, 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> sessions().open(plainRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertRequests(1);
        assertThat(sessions().open(plainRequest()).token().value()).as("the fault was used up by the one attempt")
                .isNotBlank();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeoutAndNotRepeated() {
        givenFault(ProviderFault.slow(1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> sessions().open(plainRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        assertRequests(1);
    }

    private void assertRequests(int expected) {
        sessionRequests().ifPresent(count -> assertThat(count).as("session requests the provider received")
                .isEqualTo(expected));
    }

    private void assertNoSecretIn(Throwable failure) {
        for (String secret : secrets()) {
            assertThat(String.valueOf(failure.getMessage())).doesNotContain(secret);
            assertThat(failure.toString()).doesNotContain(secret);
        }
    }
}
