package dev.connect.adapters.stackone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.sandbox.faults.HttpFault;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What only StackOne has, against the sandbox: the listing's filters, an account's meta, StackOne's own request
 * timeout (408), a dropped connection, the session's numeric organization id. What every provider must do runs in the
 * kit's contracts ({@link StackOneConnectSessionSandboxContractTest}, {@link StackOneDirectorySandboxContractTest}).
 */
class StackOneAdapterSandboxTest {

    private final StackOneSandboxStand stackOne = new StackOneSandboxStand();

    @AfterEach
    void stop() {
        stackOne.close();
    }

    private StackOneAdapters adapters() {
        return stackOne.adapters(stackOne.apiKey());
    }

    @Test
    void listsAnOwnersAccountsPageByPageInCreationOrderWithEveryFilter() {
        // a new owner name each time: the same owner, name and provider would re-link the same account
        List<String> ids = List.of(stackOne.givenLinkedAccount("tenant-p", "Paged 1", "bamboohr"),
                stackOne.givenLinkedAccount("tenant-p", "Paged 2", "bamboohr"),
                stackOne.givenLinkedAccount("tenant-p", "Paged 3", "bamboohr"));
        stackOne.givenLinkedAccount("tenant-other", "Other", "bamboohr");
        var directory = adapters().accountDirectory();

        var first = directory.list(owner("tenant-p", 1, 2));
        var second = directory.list(owner("tenant-p", 2, 2));

        assertThat(first.accounts()).extracting(account -> account.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.last()).isFalse();
        assertThat(second.accounts()).extracting(account -> account.id().value()).containsExactly(ids.get(2));
        assertThat(second.last()).isTrue();
        assertThat(second.accounts().get(0).provider()).isEqualTo(new ProviderKey("bamboohr"));
        assertThat(second.accounts().get(0).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(directory.list(new DirectoryQuery(List.of(), List.of(new ProviderKey("bamboohr")),
                List.of(new AccountId(ids.get(1)), new AccountId(ids.get(2))), List.of(AccountStatus.ACTIVE), 1, 25))
                .accounts()).extracting(DirectoryAccount::id)
                .containsExactly(new AccountId(ids.get(1)), new AccountId(ids.get(2)));
    }

    @Test
    void readsWhatAnAccountOffersUntilItIsDeleted() {
        String id = stackOne.givenLinkedAccount("tenant-d", "Delete", "bamboohr");
        var directory = adapters().accountDirectory();

        assertThat(directory.meta(new AccountId(id))).hasValueSatisfying(meta ->
                assertThat(meta.category()).isEqualTo("hris"));
        assertThat(directory.delete(new AccountId(id))).isTrue();
        assertThat(directory.meta(new AccountId(id))).isEmpty();
    }

    @Test
    void theSandboxsSessionCarriesItsOrganizationIdAsANumber() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        stackOne.sandbox().baseUrl().resolve("/connect_sessions"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (stackOne.apiKey() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"origin_owner_id\": \"o\", \"origin_owner_name\": \"O\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(new ObjectMapper().readTree(created.body()).get("organization_id").isIntegralNumber()).isTrue();
    }

    @Test
    void stackOnesOwnRequestTimeoutIsRetriedEvenForAPost() {
        stackOne.sandbox().injectFault(HttpFault.requestTimeout("POST", "/connect_sessions", 0, 1));

        assertThat(adapters().connectSessions().open(StackOneAdapterHttpTest.minimalRequest()).token().value())
                .isNotBlank();
    }

    @Test
    void aDroppedConnectionIsUnavailable() {
        stackOne.sandbox().injectFault(HttpFault.dropConnection("POST", "/connect_sessions", 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters().connectSessions().open(StackOneAdapterHttpTest.minimalRequest()));

        assertThat(failure.code()).isIn(ErrorCode.UPSTREAM_UNAVAILABLE, ErrorCode.UPSTREAM_TIMEOUT);
    }

    private static DirectoryQuery owner(String owner, int page, int pageSize) {
        return new DirectoryQuery(List.of(new OwnerId(owner)), List.of(), List.of(), List.of(), page, pageSize);
    }
}
