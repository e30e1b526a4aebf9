package dev.connect.adapters.web.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.connect.adapters.web.auth.DevelopmentTokenIssuer;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /v1/demo/sign-in} {@code {"ownerId", "ownerName"?}}: {@code 201 {"token", "expiresAt",
 * "operatorKey"?}}, a caller token for that demo owner. Registered only in the embedded default.
 */
public final class DemoSignInEndpoint {

    public static final String PATH = "/v1/demo/sign-in";
    static final long MAX_BODY_BYTES = 1024;

    private final DemoSignIn demo;
    private final DevelopmentTokenIssuer issuer;
    private final JsonCodec json;

    public DemoSignInEndpoint(DemoSignIn demo, JsonCodec json) {
        this.demo = demo;
        this.issuer = new DevelopmentTokenIssuer(demo.callers());
        this.json = json;
    }

    public HttpRoute route() {
        return new HttpRoute("POST", PATH, MAX_BODY_BYTES, this::signIn);
    }

    /** The request: the owner to act as, and its display name (the id when absent). */
    record SignInBody(String ownerId, String ownerName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SignedInBody(String token, Instant expiresAt, String operatorKey) {

        @Override
        public String toString() {
            return "SignedInBody[expiresAt=" + expiresAt + "]";
        }
    }

    HttpResponse signIn(HttpRequest request) {
        SignInBody body = json.read(request, SignInBody.class);
        OwnerId owner = new OwnerId(body.ownerId());
        OwnerName name = new OwnerName(body.ownerName() == null ? owner.value() : body.ownerName());
        // whole seconds: a JWT's exp has no more, and the answer says exactly when the token stops working
        Instant now = request.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        String token = issuer.issue(owner.value(), name.value(), demo.userName(), demo.lifetime(), now);
        return json.response(201, new SignedInBody(token, now.plus(demo.lifetime()),
                        demo.operatorKey().map(OperatorApiKey::value).orElse(null)))
                .withHeader("Cache-Control", "no-store");
    }
}
