package dev.connect.adapters.web.account;

import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.problem.WebRequestException;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in caller's linked accounts, always within the owner of the caller's token: another owner's account
 * answers 404 exactly like an unknown id, on every route.
 *
 * <ul>
 *   <li>{@code GET /v1/accounts?provider=&state=linked|deleted&limit=&cursor=}: newest first, a page at a time</li>
 *   <li>{@code GET /v1/accounts/{id}[?check=true]}: one account; with {@code check}, StackOne is asked first</li>
 *   <li>{@code DELETE /v1/accounts/{id}}: disconnect, idempotently</li>
 * </ul>
 */
public final class AccountsEndpoint {

    public static final String PATH = "/v1/accounts";
    public static final String ACCOUNT_PATH = PATH + "/{id}";

    /** The use cases behind the routes. */
    public record UseCases(ListLinkedAccountsUseCase list, FindLinkedAccountUseCase find,
                           CheckLinkedAccountUseCase check, DisconnectLinkedAccountUseCase disconnect) {
        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(disconnect, "disconnect");
        }
    }

    private final UseCases useCases;
    private final CallerAuthenticator callers;
    private final JsonCodec json;

    public AccountsEndpoint(UseCases useCases, CallerAuthenticator callers, JsonCodec json) {
        this.useCases = useCases;
        this.callers = callers;
        this.json = json;
    }

    public List<HttpRoute> routes() {
        return List.of(HttpRoute.get(PATH, this::list), HttpRoute.get(ACCOUNT_PATH, this::get),
                new HttpRoute("DELETE", ACCOUNT_PATH, 0, this::disconnect));
    }

    HttpResponse list(HttpRequest request) {
        OwnerId owner = owner(request);
        QueryParameters query = QueryParameters.of(request, Set.of("provider", "state", "limit", "cursor"));
        var page = useCases.list().list(new ListLinkedAccountsUseCase.Query(owner,
                query.get("provider").map(ProviderKey::new),
                query.get("state").map(AccountsEndpoint::state),
                query.integer("limit").map(PageSize::new).orElse(PageSize.DEFAULT),
                query.get("cursor").map(PageCursor::parse)));
        return answer(AccountPageBody.of(page));
    }

    HttpResponse get(HttpRequest request) {
        OwnerId owner = owner(request);
        AccountId id = accountId(request);
        boolean check = QueryParameters.of(request, Set.of("check")).flag("check");
        LinkedAccount account = check
                ? useCases.check().check(new CheckLinkedAccountUseCase.Command(owner, id))
                : useCases.find().find(new FindLinkedAccountUseCase.Query(owner, id))
                        .orElseThrow(() -> new NotFoundException("account '" + id + "' not found"));
        return answer(AccountBody.of(account));
    }

    HttpResponse disconnect(HttpRequest request) {
        OwnerId owner = owner(request);
        AccountId id = accountId(request);
        QueryParameters.of(request, Set.of());
        return answer(AccountBody.of(useCases.disconnect().disconnect(
                new DisconnectLinkedAccountUseCase.Command(owner, id))));
    }

    private OwnerId owner(HttpRequest request) {
        return callers.authenticate(request.header("Authorization")).owner().id();
    }

    private static AccountId accountId(HttpRequest request) {
        return new AccountId(request.pathParam("id"));
    }

    private static LinkedAccountState state(String value) {
        for (LinkedAccountState state : LinkedAccountState.values()) {
            if (AccountBody.state(state).equals(value)) {
                return state;
            }
        }
        throw WebRequestException.malformed("state", "state must be linked or deleted");
    }

    /** Accounts are the caller's own data: never kept by a shared cache. */
    private HttpResponse answer(Object body) {
        return json.response(200, body).withHeader("Cache-Control", "no-store");
    }
}
