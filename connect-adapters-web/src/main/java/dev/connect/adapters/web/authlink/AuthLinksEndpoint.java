package dev.connect.adapters.web.authlink;

import dev.connect.adapters.web.account.QueryParameters;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.problem.WebRequestException;
import dev.connect.adapters.web.session.ConnectSessionsEndpoint;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkLifetime;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkTarget;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.FindAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ListAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.ResendAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.RevokeAuthLinkUseCase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's auth links, with the operator key only (an end user's token is 401 on every route):
 *
 * <ul>
 *   <li>{@code POST /v1/admin/auth-links}: create, deliver, 201 with {@code Location}</li>
 *   <li>{@code GET /v1/admin/auth-links?ownerId=&state=&limit=&cursor=}: newest first, a page at a time</li>
 *   <li>{@code GET /v1/admin/auth-links/{id}}</li>
 *   <li>{@code POST /v1/admin/auth-links/{id}/resend} and {@code .../revoke}: 200 with the link</li>
 * </ul>
 */
public final class AuthLinksEndpoint {

    public static final String PATH = "/v1/admin/auth-links";
    public static final String LINK_PATH = PATH + "/{id}";
    private static final long MAX_BODY_BYTES = 16 * 1024;
    private static final long MAX_ACTION_BODY_BYTES = 1024;

    /** The use cases behind the routes. */
    public record UseCases(CreateAuthLinkUseCase create, ListAuthLinksUseCase list, FindAuthLinkUseCase find,
                           ResendAuthLinkUseCase resend, RevokeAuthLinkUseCase revoke) {
        public UseCases {
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(resend, "resend");
            Objects.requireNonNull(revoke, "revoke");
        }
    }

    /** The body of resend and revoke: nothing to say, and an unknown field is refused. */
    record ActionBody() {
    }

    /** The list, as answered. */
    public record AuthLinkPageBody(List<AuthLinkBody> data, String nextCursor) {
    }

    private final UseCases useCases;
    private final OperatorAuthenticator operators;
    private final JsonCodec json;

    public AuthLinksEndpoint(UseCases useCases, OperatorAuthenticator operators, JsonCodec json) {
        this.useCases = useCases;
        this.operators = operators;
        this.json = json;
    }

    public List<HttpRoute> routes() {
        return List.of(new HttpRoute("POST", PATH, MAX_BODY_BYTES, this::create), HttpRoute.get(PATH, this::list),
                HttpRoute.get(LINK_PATH, this::get),
                new HttpRoute("POST", LINK_PATH + "/resend", MAX_ACTION_BODY_BYTES, this::resend),
                new HttpRoute("POST", LINK_PATH + "/revoke", MAX_ACTION_BODY_BYTES, this::revoke));
    }

    HttpResponse create(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        QueryParameters.of(request, Set.of());
        CreateAuthLinkBody body = json.read(request, CreateAuthLinkBody.class);
        AuthLinkView created = useCases.create().create(new CreateAuthLinkUseCase.Command(target(body),
                body.expiresIn() == null ? AuthLinkLifetime.DEFAULT : AuthLinkLifetime.ofSeconds(body.expiresIn())));
        return answer(201, AuthLinkBody.of(created)).withHeader("Location", PATH + "/" + created.link().id());
    }

    HttpResponse list(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        QueryParameters query = QueryParameters.of(request, Set.of("ownerId", "state", "limit", "cursor"));
        ListAuthLinksUseCase.Page page = useCases.list().list(new ListAuthLinksUseCase.Query(
                new AuthLinkFilter(query.get("ownerId").map(OwnerId::new), query.get("state").map(AuthLinksEndpoint::state)),
                query.integer("limit").map(PageSize::new).orElse(PageSize.DEFAULT),
                query.get("cursor").map(AuthLinkCursor::parse)));
        return answer(200, new AuthLinkPageBody(page.links().stream().map(AuthLinkBody::of).toList(),
                page.next().map(AuthLinkCursor::token).orElse(null)));
    }

    HttpResponse get(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        QueryParameters.of(request, Set.of());
        AuthLinkId id = id(request);
        return answer(200, AuthLinkBody.of(useCases.find().find(new FindAuthLinkUseCase.Query(id))
                .orElseThrow(() -> notFound(id))));
    }

    HttpResponse resend(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        QueryParameters.of(request, Set.of());
        json.read(request, ActionBody.class);
        return answer(200, AuthLinkBody.of(useCases.resend().resend(new ResendAuthLinkUseCase.Command(id(request)))));
    }

    HttpResponse revoke(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        QueryParameters.of(request, Set.of());
        json.read(request, ActionBody.class);
        return answer(200, AuthLinkBody.of(useCases.revoke().revoke(new RevokeAuthLinkUseCase.Command(id(request)))));
    }

    private static AuthLinkTarget target(CreateAuthLinkBody body) {
        return new AuthLinkTarget(
                new Owner(new OwnerId(required("ownerId", body.ownerId())),
                        new OwnerName(required("ownerName", body.ownerName()))),
                new EmailAddress(required("recipientEmail", body.recipientEmail())),
                Optional.ofNullable(body.provider()).map(ProviderKey::new),
                ConnectSessionsEndpoint.categories(body.categories()),
                Optional.ofNullable(body.accountId()).map(AccountId::new),
                Optional.ofNullable(body.message()).map(AuthLinkMessage::new));
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value;
    }

    /** A malformed id reads like an unknown one: ids are opaque. */
    private static AuthLinkId id(HttpRequest request) {
        String value = request.pathParam("id");
        try {
            return new AuthLinkId(value);
        } catch (InvalidRequestException notAnId) {
            throw new NotFoundException("auth link not found");
        }
    }

    private static NotFoundException notFound(AuthLinkId id) {
        return new NotFoundException("auth link '" + id + "' not found");
    }

    private static AuthLinkState state(String value) {
        for (AuthLinkState state : AuthLinkState.values()) {
            if (AuthLinkBody.state(state).equals(value)) {
                return state;
            }
        }
        throw WebRequestException.malformed("state", "state must be pending, linked, expired or revoked");
    }

    /** Links carry their bearer address: never kept by a shared cache. */
    private HttpResponse answer(int status, Object body) {
        return json.response(status, body).withHeader("Cache-Control", "no-store");
    }
}
