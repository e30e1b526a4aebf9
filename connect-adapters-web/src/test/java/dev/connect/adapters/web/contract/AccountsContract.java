package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The accounts API: the JSON contract, the owner from the token only, every refusal. */
public interface AccountsContract extends HttpContractFixture {

    Instant T = Instant.parse("2026-11-20T10:00:00.123456Z");
    OwnerId ALICES_OWNER = new OwnerId("tenant-1");

    static LinkedAccount account(String id, Optional<AccountCheck> check) {
        return new LinkedAccount(new AccountId(id), Optional.of(ALICES_OWNER), Optional.of(new OwnerName("Acme")),
                Optional.empty(), new ProviderKey("hibob"), LinkedAccountState.LINKED, T, T.plusSeconds(60),
                T.plusSeconds(30), new SetupInformation(Map.of("domain", "acme")), check);
    }

    @Test
    default void anAccountHasExactlyTheDocumentedShapeWithNullsForWhatIsAbsent() {
        useCases().findLinkedAccount(query -> Optional.of(account(query.accountId().value(), Optional.empty())));

        HttpResponse<String> answer = client().get("/v1/accounts/acc-1", Tokens.alice());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.body()).isEqualTo("{\"id\":\"acc-1\",\"provider\":\"hibob\",\"state\":\"linked\","
                + "\"ownerId\":\"tenant-1\",\"ownerName\":\"Acme\",\"userName\":null,"
                + "\"createdAt\":\"2026-11-20T10:00:00.123456Z\",\"updatedAt\":\"2026-11-20T10:01:00.123456Z\","
                + "\"lastEventDate\":\"2026-11-20T10:00:30.123456Z\",\"setupInformation\":{\"domain\":\"acme\"},"
                + "\"lastCheck\":null}");
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, active", "INACTIVE, inactive", "SUSPENDED, suspended", "ARCHIVED, archived",
            "EXPIRED, expired", "ERROR, error", "UNKNOWN, unknown"})
    default void aCheckAnswersEveryStatusWithItsReasonsAndTime(AccountStatus status, String spelled) {
        AccountCheck check = new AccountCheck(status, List.of(new StatusReason(Optional.of("code-1"),
                Optional.empty(), Optional.of(T))), T.plusSeconds(90));
        List<CheckLinkedAccountUseCase.Command> asked = new CopyOnWriteArrayList<>();
        useCases().checkLinkedAccount(command -> {
            asked.add(command);
            return account(command.accountId().value(), Optional.of(check));
        });

        JsonNode body = WebClient.json(client().get("/v1/accounts/acc-1?check=true", Tokens.alice()));

        assertThat(body.get("lastCheck").get("status").asText()).isEqualTo(spelled);
        assertThat(body.get("lastCheck").get("checkedAt").asText()).isEqualTo("2026-11-20T10:01:30.123456Z");
        assertThat(body.get("lastCheck").get("reasons").toString())
                .isEqualTo("[{\"code\":\"code-1\",\"description\":null,\"timestamp\":\"2026-11-20T10:00:00.123456Z\"}]");
        assertThat(asked).containsExactly(new CheckLinkedAccountUseCase.Command(ALICES_OWNER, new AccountId("acc-1")));
    }

    @Test
    default void listsAPageWithItsFiltersAndTheOwnerFromTheTokenOnly() {
        List<ListLinkedAccountsUseCase.Query> asked = new CopyOnWriteArrayList<>();
        PageCursor next = PageCursor.after(account("acc-2", Optional.empty()));
        PageCursor previous = new PageCursor(T.plusSeconds(5), new AccountId("acc-0"));
        useCases().listLinkedAccounts(query -> {
            asked.add(query);
            return new AccountPage(List.of(account("acc-1", Optional.empty()), account("acc-2", Optional.empty())),
                    Optional.of(next));
        });

        JsonNode body = WebClient.json(client().get("/v1/accounts?provider=hibob&state=linked&limit=2&cursor="
                + previous.token(), Tokens.alice()));

        assertThat(body.get("data")).extracting(account -> account.get("id").asText()).containsExactly("acc-1", "acc-2");
        assertThat(body.get("nextCursor").asText()).isEqualTo(next.token());
        assertThat(asked).containsExactly(new ListLinkedAccountsUseCase.Query(ALICES_OWNER,
                Optional.of(new ProviderKey("hibob")), Optional.of(LinkedAccountState.LINKED), new PageSize(2),
                Optional.of(previous)));
    }

    @Test
    default void theLastPageHasANullCursorAndTheDefaultsAreFiftyOfEveryState() {
        List<ListLinkedAccountsUseCase.Query> asked = new CopyOnWriteArrayList<>();
        useCases().listLinkedAccounts(query -> {
            asked.add(query);
            return new AccountPage(List.of(), Optional.empty());
        });

        HttpResponse<String> answer = client().get("/v1/accounts", Tokens.alice());

        assertThat(answer.body()).isEqualTo("{\"data\":[],\"nextCursor\":null}");
        assertThat(asked).containsExactly(ListLinkedAccountsUseCase.Query.firstPage(ALICES_OWNER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/v1/accounts?limit=0|limit", "/v1/accounts?limit=201|limit", "/v1/accounts?limit=ten|limit",
            "/v1/accounts?state=gone|state", "/v1/accounts?provider=Not%20A%20Key|provider",
            "/v1/accounts?cursor=forged|cursor", "/v1/accounts?owner=tenant-2|owner",
            "/v1/accounts?limit=1&limit=2|limit", "/v1/accounts/acc-1?check=yes|check",
            "/v1/accounts/acc-1?verbose=true|verbose", "/v1/accounts/acc..x|accountId",
            "/v1/accounts/acc%20x|accountId"})
    default void badInputIsAClear400NamingTheField(String path, String field) {
        HttpResponse<String> answer = client().get(path, Tokens.alice());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(WebClient.json(answer).get("code").asText()).isEqualTo("invalid_request");
        assertThat(WebClient.json(answer).get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /v1/accounts", "GET /v1/accounts/acc-1", "GET /v1/accounts/acc-1?check=true",
            "DELETE /v1/accounts/acc-1"})
    default void everyRouteRefusesACallerWithoutAValidTokenBeforeDoingAnything(String route) {
        String[] parts = route.split(" ");
        for (String bearer : new String[] {null, Tokens.alice() + "x", FakeUseCases.OPERATOR_KEY}) {
            HttpResponse<String> answer = parts[0].equals("GET") ? client().get(parts[1], bearer)
                    : client().delete(parts[1], bearer);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(WebClient.json(answer).get("code").asText()).isEqualTo("unauthenticated");
        }
    }

    @Test
    default void anotherOwnersAccountIsTheSame404AsAnUnknownOne() {
        useCases().findLinkedAccount(query -> Optional.empty());
        useCases().checkLinkedAccount(command -> {
            throw new NotFoundException("account '" + command.accountId() + "' not found");
        });
        useCases().disconnectLinkedAccount(command -> {
            throw new NotFoundException("account '" + command.accountId() + "' not found");
        });

        List<HttpResponse<String>> answers = List.of(client().get("/v1/accounts/acc-x", Tokens.alice()),
                client().get("/v1/accounts/acc-x?check=true", Tokens.alice()),
                client().delete("/v1/accounts/acc-x", Tokens.alice()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(WebClient.json(answer).get("code").asText()).isEqualTo("not_found");
            assertThat(WebClient.json(answer).get("detail").asText()).isEqualTo("account 'acc-x' not found");
        });
    }

    @Test
    default void aDisconnectAnswersTheDeletedAccountAndAStackOneFailureIsRetryable() {
        Iterator<Object> outcomes = List.<Object>of(
                new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, "StackOne rate limit reached",
                        Duration.ofSeconds(7), null),
                account("acc-1", Optional.empty())).iterator();
        List<DisconnectLinkedAccountUseCase.Command> asked = new CopyOnWriteArrayList<>();
        useCases().disconnectLinkedAccount(command -> {
            asked.add(command);
            Object outcome = outcomes.next();
            if (outcome instanceof RuntimeException failure) {
                throw failure;
            }
            LinkedAccount a = (LinkedAccount) outcome;
            return new LinkedAccount(a.id(), a.ownerId(), a.ownerName(), a.userName(), a.provider(),
                    LinkedAccountState.DELETED, a.createdAt(), a.updatedAt(), a.lastEventDate(), a.setupInformation());
        });

        HttpResponse<String> limited = client().delete("/v1/accounts/acc-1", Tokens.alice());
        HttpResponse<String> done = client().delete("/v1/accounts/acc-1", Tokens.alice());

        assertThat(limited.statusCode()).isEqualTo(503);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(WebClient.json(done).get("state").asText()).isEqualTo("deleted");
        assertThat(asked).hasSize(2).allSatisfy(command -> assertThat(command.owner()).isEqualTo(ALICES_OWNER));
    }
}
