package dev.connect.adapters.web.authlink;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase.Opening;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase.Reason;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /links/{token}}: the address an auth link's recipient opens. A pending link answers 303 to the linking
 * provider's hosted page; any other link a small self-contained page (no external assets) headed "This link is not
 * valid", saying why: 410 for a link that expired, was revoked or was already used, 404 with no detail for an unknown
 * token. Changes nothing. The address carries a bearer token, so no answer may be cached or leak it as a referrer.
 */
public final class AuthLinkPageEndpoint {

    public static final String PREFIX = "/links/";
    public static final String PATH = PREFIX + "{token}";

    private final OpenAuthLinkUseCase open;

    public AuthLinkPageEndpoint(OpenAuthLinkUseCase open) {
        this.open = open;
    }

    public HttpRoute route() {
        return HttpRoute.get(PATH, this::open).withSecretPath(); // the token is the link's bearer secret
    }

    HttpResponse open(HttpRequest request) {
        Opening opening = open.open(new OpenAuthLinkUseCase.Query(request.pathParam("token")));
        if (opening instanceof Opening.Redirect redirect) {
            return secret(HttpResponse.of(303, "text/plain; charset=utf-8", new byte[0])
                    .withHeader("Location", redirect.hostedPage().toString()));
        }
        Reason reason = ((Opening.NotValid) opening).reason();
        return secret(HttpResponse.of(reason == Reason.UNKNOWN ? 404 : 410, "text/html; charset=utf-8",
                page(explanation(reason)).getBytes(StandardCharsets.UTF_8)));
    }

    private static String explanation(Reason reason) {
        return switch (reason) {
            case EXPIRED -> "This link has expired. Ask whoever sent it to you for a new one.";
            case REVOKED -> "This link was withdrawn by whoever sent it. Ask them for a new one if you still need it.";
            case LINKED -> "This link has already been used to connect an account, so it cannot be used again.";
            case UNKNOWN -> "Check that you opened the whole address from your message.";
        };
    }

    private static String page(String explanation) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>This link is not valid</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;"
                + "margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.5rem}</style></head>"
                + "<body><h1>This link is not valid</h1><p>" + explanation + "</p></body></html>";
    }

    private static HttpResponse secret(HttpResponse response) {
        return response.withHeader("Cache-Control", "no-store").withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    }
}
