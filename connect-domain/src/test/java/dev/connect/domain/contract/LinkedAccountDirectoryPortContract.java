package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the domain relies on from every provider's {@link LinkedAccountDirectoryPort} (checks, disconnects,
 * reconciliation): an account with its owner, provider and status, a status the adapter does not know read as
 * {@link AccountStatus#UNKNOWN} rather than failing, an unknown account as empty, a listing that pages until the
 * directory says it is the last page, a delete that reports whether the provider still knew the account; reads and
 * deletes retried within one deadline, never sooner than {@code Retry-After}; the provider's refusals as the domain's
 * codes, never quoting its credential.
 *
 * <p>A provider adapter's test extends this and supplies the adapter (built with {@link ProviderTimeouts}) and a way
 * to arrange what the provider knows and answers. Where the stand-in cannot count requests, the checks of how often a
 * call was made are left out.
 */
public abstract class LinkedAccountDirectoryPortContract {

    /** The adapter, with the credential the provider accepts. */
    protected abstract LinkedAccountDirectoryPort directory();

    /** The adapter, with a credential the provider refuses. */
    protected abstract LinkedAccountDirectoryPort directoryWithRefusedCredential();

    /** The secrets that must never appear in a failure: the accepted and the refused credential. */
    protected abstract List<String> secrets();

    /**
     * Arranges an account linked at the provider for this owner, of a provider the provider under test links, as
     * connect's own session would have linked it; returns its id.
     */
    protected abstract AccountId givenLinkedAccount(String ownerId, String ownerName);

    /** The provider key of the accounts {@link #givenLinkedAccount} arranges. */
    protected abstract ProviderKey arrangedProvider();

    /** Makes the account's status one the adapter does not know: a status the provider adds later. */
    protected abstract void givenUnknownStatus(AccountId account);

    /**
     * Arranges an account the provider lists that connect cannot represent (e.g. an id or provider key outside
     * connect's shapes), where the provider's documented answers allow one; empty where they do not.
     */
    protected Optional<String> givenAccountConnectCannotRepresent() {
        return Optional.empty();
    }

    /** Makes the provider answer the next such call(s) so. */
    protected abstract void givenFault(ProviderCall call, ProviderFault fault);

    /** How many requests of this call reached the provider so far; empty when the stand-in cannot tell. */
    protected abstract OptionalInt requests(ProviderCall call);

    @Test
    void findsALinkedAccountWithItsOwnerProviderAndStatus() {
        AccountId id = givenLinkedAccount("tenant-kit", "Kit Ltd");

        DirectoryAccount account = directory().find(id).orElseThrow();

        assertThat(account.id()).isEqualTo(id);
        assertThat(account.ownerId()).isEqualTo(new OwnerId("tenant-kit"));
        assertThat(account.provider()).isEqualTo(arrangedProvider());
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.belongsTo(new OwnerId("tenant-kit"))).isTrue();
    }

    @Test
    void anAccountTheProviderDoesNotKnowIsEmpty() {
        assertThat(directory().find(new AccountId("acc-kit-does-not-exist"))).isEmpty();
    }

    @Test
    void aStatusTheAdapterDoesNotKnowReadsAsUnknownNotAsAFailure() {
        AccountId id = givenLinkedAccount("tenant-kit", "Kit Ltd");
        givenUnknownStatus(id);

        assertThat(directory().find(id).orElseThrow().status()).isEqualTo(AccountStatus.UNKNOWN);
    }

    @Test
    void listsEveryAccountPageByPageUntilTheDirectorySaysItIsTheLast() {
        List<AccountId> arranged = List.of(givenLinkedAccount("tenant-kit", "Paged 1"),
                givenLinkedAccount("tenant-kit", "Paged 2"), givenLinkedAccount("tenant-kit", "Paged 3"));
        Optional<String> foreign = givenAccountConnectCannotRepresent();

        List<AccountId> listed = new ArrayList<>();
        DirectoryPage page;
        int number = 0;
        do {
            number++;
            page = directory().list(new DirectoryQuery(List.of(), List.of(), List.of(), List.of(), number, 2));
            assertThat(page.accounts()).hasSizeLessThanOrEqualTo(2);
            page.accounts().forEach(account -> listed.add(account.id()));
        } while (!page.last() && number < 50);

        assertThat(page.last()).as("the listing ends").isTrue();
        assertThat(listed).containsAll(arranged).doesNotHaveDuplicates();
        foreign.ifPresent(id -> {
            assertThat(listed).extracting(AccountId::value).doesNotContain(id);
            assertThat(directory().find(new AccountId(id))).as("what connect cannot represent is none of its "
                    + "accounts").isEmpty();
        });
    }

    @Test
    void deletesOnceAndThenNoLongerKnowsTheAccount() {
        AccountId id = givenLinkedAccount("tenant-kit", "Delete Ltd");

        assertThat(directory().delete(id)).isTrue();
        assertThat(directory().find(id)).isEmpty();
        assertThat(directory().delete(id)).as("a second delete finds it gone, which is just as deleted").isFalse();
    }

    @Test
    void aReadRateLimitedOnceIsRetriedAfterRetryAfter() {
        AccountId id = givenLinkedAccount("tenant-kit", "Kit Ltd");
        givenFault(ProviderCall.FIND, ProviderFault.rateLimited(Duration.ofSeconds(1), 1));

        assertThat(directory().find(id)).isPresent();
        requests(ProviderCall.FIND).ifPresent(count -> assertThat(count).isEqualTo(2));
    }

    @Test
    void aListingRateLimitedOnceIsRetriedAfterRetryAfter() {
        AccountId id = givenLinkedAccount("tenant-kit", "Kit Ltd");
        givenFault(ProviderCall.LIST, ProviderFault.rateLimited(Duration.ofSeconds(1), 1));

        assertThat(directory().list(DirectoryQuery.all(1)).accounts()).extracting(DirectoryAccount::id).contains(id);
        requests(ProviderCall.LIST).ifPresent(count -> assertThat(count).isEqualTo(2));
    }

    @Test
    void aReadThatStaysUnavailableIsRetriedAndFailsAsUnavailableWithinTheDeadline() {
        givenFault(ProviderCall.FIND, ProviderFault.status(503, ProviderFault.PERSISTENT));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> directory().find(new AccountId("acc-kit-1")));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        requests(ProviderCall.FIND).ifPresent(count -> assertThat(count).isGreaterThan(1));
    }

    @Test
    void aDeleteIsIdempotentSoAServerErrorIsRetried() {
        AccountId id = givenLinkedAccount("tenant-kit", "Retry Ltd");
        givenFault(ProviderCall.DELETE, ProviderFault.status(503, 1));

        assertThat(directory().delete(id)).isTrue();
        assertThat(directory().find(id)).isEmpty();
        requests(ProviderCall.DELETE).ifPresent(count -> assertThat(count).isEqualTo(2));
    }

    @Test
    void aSlowReadIsRepeatedAndThenAnswered() {
        AccountId id = givenLinkedAccount("tenant-kit", "Kit Ltd");
        givenFault(ProviderCall.FIND, ProviderFault.slow(1));

        assertThat(directory().find(id)).isPresent();
    }

    @Test
    void aCredentialTheProviderRefusesIsAMisconfigurationThatNeverShowsIt() {
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> directoryWithRefusedCredential().find(new AccountId("acc-kit-1")));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_MISCONFIGURED);
        for (String secret : secrets()) {
            assertThat(String.valueOf(failure.getMessage())).doesNotContain(secret);
        }
    }
}
