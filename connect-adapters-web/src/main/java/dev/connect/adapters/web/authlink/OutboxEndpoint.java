package dev.connect.adapters.web.authlink;

import dev.connect.adapters.web.account.QueryParameters;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/admin/outbox?limit=}: the auth-link messages the embedded default kept instead of mailing them,
 * newest first, with the operator key. Where mail goes to an SMTP server there is no outbox, and the route answers
 * 404.
 */
public final class OutboxEndpoint {

    public static final String PATH = "/v1/admin/outbox";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    /** Where the kept messages come from. */
    @FunctionalInterface
    public interface Outbox {
        /** The newest messages first, at most {@code limit}. */
        List<Message> newest(int limit);
    }

    /** One kept message, as answered. */
    public record Message(String id, String authLinkId, String to, String subject, String text, String html,
                          String url, Instant sentAt) {

        @Override
        public String toString() {
            return "Message[" + id + "]";
        }
    }

    /** The answer. */
    public record OutboxBody(List<Message> data) {
    }

    private final Optional<Outbox> outbox;
    private final OperatorAuthenticator operators;
    private final JsonCodec json;

    public OutboxEndpoint(Optional<Outbox> outbox, OperatorAuthenticator operators, JsonCodec json) {
        this.outbox = outbox;
        this.operators = operators;
        this.json = json;
    }

    public HttpRoute route() {
        return HttpRoute.get(PATH, this::list);
    }

    HttpResponse list(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        int limit = QueryParameters.of(request, Set.of("limit")).integer("limit").orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Outbox kept = outbox.orElseThrow(() -> new NotFoundException(
                "there is no outbox: auth links are mailed through the configured SMTP server"));
        return json.response(200, new OutboxBody(kept.newest(limit))).withHeader("Cache-Control", "no-store");
    }
}
