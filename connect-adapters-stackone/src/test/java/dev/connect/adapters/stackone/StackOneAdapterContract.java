package dev.connect.adapters.stackone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.session.ConnectSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the StackOne adapter promises, whatever StackOne it talks to: run against the HTTP stub and against the
 * sandbox, so that the adapter and the sandbox check each other.
 */
abstract class StackOneAdapterContract {

    /** The base URL of the StackOne under test. */
    abstract URI baseUrl();

    /** The API key that StackOne accepts. */
    abstract String apiKey();

    /** Arranges a linked account of this owner and provider, and returns its id. */
    abstract String givenLinkedAccount(String ownerId, String ownerName, String provider);

    StackOneAdapters adapters(String key) {
        return StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(key)).withBaseUrl(baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5)), Clock.systemUTC());
    }

    @Test
    void opensASessionThatLastsAsLongAsAsked() {
        Instant before = Instant.now();

        ConnectSession session = adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.fullRequest());

        assertThat(session.token().value()).isNotBlank();
        assertThat(session.expiresAt()).isBetween(before.plusSeconds(600).minusSeconds(120), Instant.now().plusSeconds(660));
        assertThat(session.authLinkUrl().orElseThrow().getScheme()).isIn("http", "https");
    }

    @Test
    void findsALinkedAccountWithItsOwnerAndStatus() {
        String id = givenLinkedAccount("tenant-1", "Acme", "bamboohr");

        var account = adapters(apiKey()).accountDirectory().find(new AccountId(id)).orElseThrow();

        assertThat(account.id()).isEqualTo(new AccountId(id));
        assertThat(account.ownerId()).isEqualTo(new OwnerId("tenant-1"));
        assertThat(account.provider()).isEqualTo(new ProviderKey("bamboohr"));
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anUnknownAccountIsEmpty() {
        assertThat(adapters(apiKey()).accountDirectory().find(new AccountId("acc-does-not-exist"))).isEmpty();
    }

    @Test
    void aKeyStackOneRefusesIsAMisconfigurationThatNeverShowsTheKey() {
        String wrongKey = "v1.eu1.not-the-right-key";

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters(wrongKey).connectSessions().open(StackOneAdapterHttpTest.minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_MISCONFIGURED);
        assertThat(failure.getMessage()).doesNotContain(wrongKey);
    }
}
