package dev.connect.adapters.web.session;

import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Label;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code POST /v1/connect-sessions}: a connect-session token for the signed-in caller. */
public final class ConnectSessionsEndpoint {

    public static final String PATH = "/v1/connect-sessions";

    private final CreateConnectSessionUseCase createSession;
    private final CallerAuthenticator authenticator;
    private final JsonCodec json;

    public ConnectSessionsEndpoint(CreateConnectSessionUseCase createSession, CallerAuthenticator authenticator,
                                   JsonCodec json) {
        this.createSession = createSession;
        this.authenticator = authenticator;
        this.json = json;
    }

    public HttpRoute route() {
        return HttpRoute.post(PATH, this::create);
    }

    HttpResponse create(HttpRequest request) {
        EndUser caller = authenticator.authenticate(request.header("Authorization"));
        CreateConnectSessionBody body = json.read(request, CreateConnectSessionBody.class);
        ConnectSession session = createSession.create(toCommand(caller, body));
        return json.response(201, new ConnectSessionCreatedBody(session.token().value(), session.expiresAt()))
                .withHeader("Cache-Control", "no-store");
    }

    private static CreateConnectSessionUseCase.Command toCommand(EndUser caller, CreateConnectSessionBody body) {
        return new CreateConnectSessionUseCase.Command(new ConnectSessionRequest(
                caller,
                Optional.ofNullable(body.provider()).map(ProviderKey::new),
                categories(body.categories()),
                Optional.ofNullable(body.accountId()).map(AccountId::new),
                Boolean.TRUE.equals(body.multiple()),
                Optional.ofNullable(body.label()).map(Label::new),
                body.metadata() == null ? Metadata.EMPTY : new Metadata(body.metadata()),
                body.expiresIn() == null ? SessionLifetime.DEFAULT : SessionLifetime.ofSeconds(body.expiresIn())));
    }

    /** Category keys as a body gives them: each known, none null; absent is none. */
    public static Set<Category> categories(List<String> keys) {
        if (keys == null) {
            return Set.of();
        }
        Set<Category> categories = new LinkedHashSet<>();
        for (String key : keys) {
            if (key == null) {
                throw new InvalidRequestException("categories", "categories must not contain null");
            }
            categories.add(Category.fromKey(key));
        }
        return categories;
    }
}
