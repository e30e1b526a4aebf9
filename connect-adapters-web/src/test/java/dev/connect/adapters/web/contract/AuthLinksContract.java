package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.adapters.web.authlink.OutboxEndpoint;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.fakes.TestLinks;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkView;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.DeliveryNotConfiguredException;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ListAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The operator's auth links ({@code /v1/admin/auth-links}, {@code /v1/admin/outbox}) with the operator key only, and
 * the page a recipient opens ({@code GET /links/{token}}).
 */
public interface AuthLinksContract extends HttpContractFixture {

    String KEY = FakeUseCases.OPERATOR_KEY;
    String CREATE = "{\"ownerId\":\"owner-42\",\"ownerName\":\"Acme Ltd\",\"recipientEmail\":\"ada@acme.test\","
            + "\"provider\":\"hibob\",\"categories\":[\"hris\"],\"message\":\"Hi\\nAda\"}";

    private static AuthLinkView view(AuthLink link) {
        return new AuthLinkView(link, URI.create("http://connect.test/links/" + link.token().value()));
    }

    @Test
    default void anOperatorCreatesALinkAndGetsItsAddressStateAndExpiry() {
        AuthLink link = TestLinks.pending().provider("hibob").message("Hi\nAda").build();
        useCases().createAuthLink(command -> view(link));

        HttpResponse<String> created = client().postJson("/v1/admin/auth-links", KEY, CREATE);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/v1/admin/auth-links/" + link.id());
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = WebClient.json(created);
        assertThat(body.get("id").asText()).isEqualTo(link.id().value());
        assertThat(body.get("state").asText()).isEqualTo("pending");
        assertThat(body.get("url").asText()).isEqualTo("http://connect.test/links/" + link.token().value());
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(body.get("linkedAt").isNull()).isTrue();
        assertThat(body.get("accountId").isNull()).isTrue();
        assertThat(body.get("delivery").get("status").asText()).isEqualTo("pending");
        assertThat(body.get("delivery").get("attempts").asInt()).isZero();
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("id", "ownerId",
                "ownerName", "recipientEmail", "provider", "categories", "accountId", "message", "state", "url",
                "createdAt", "expiresAt", "linkedAt", "linkedAccountId", "revokedAt", "delivery");
        CreateAuthLinkUseCase.Command command = (CreateAuthLinkUseCase.Command) useCases().authLinkCalls().get(0);
        assertThat(command.target().owner().name().value()).isEqualTo("Acme Ltd");
        assertThat(command.target().recipient().value()).isEqualTo("ada@acme.test");
        assertThat(command.target().message().orElseThrow().value()).isEqualTo("Hi\nAda");
        assertThat(command.lifetime().value()).isEqualTo(Duration.ofDays(5));
    }

    @Test
    default void badInputIsA400NamingTheFieldAndNothingIsCreated() {
        String[][] cases = {
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\",\"recipientEmail\":\"ada@acme.test\",\"cc\":\"x\"}", "cc"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\"}", "recipientEmail"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\\r\\nBcc: eve@evil.test\",\"recipientEmail\":\"ada@acme.test\"}",
                "ownerName"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\",\"recipientEmail\":\"ada@acme.test\\r\\nBcc: eve@evil.test\"}",
                "recipientEmail"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\",\"recipientEmail\":\"ada@acme.test\",\"provider\":\"x\\ny\"}",
                "provider"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\",\"recipientEmail\":\"ada@acme.test\",\"expiresIn\":2592001}",
                "expiresIn"},
            {"{\"ownerId\":\"o\",\"ownerName\":\"A\",\"recipientEmail\":\"ada@acme.test\",\"message\":\"a\\u0000\"}",
                "message"},
        };
        for (String[] bad : cases) {
            HttpResponse<String> refused = client().postJson("/v1/admin/auth-links", KEY, bad[0]);

            assertProblem(refused, 400, "invalid_request");
            assertThat(WebClient.json(refused).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(useCases().authLinkCalls()).isEmpty();
    }

    @Test
    default void everyRouteRefusesAnEndUserTokenAWrongKeyOrNoneAndNothingRuns() {
        for (String bearer : new String[] {null, Tokens.alice(), KEY + "x"}) {
            List<HttpResponse<String>> answers = List.of(
                    client().postJson("/v1/admin/auth-links", bearer, CREATE),
                    client().get("/v1/admin/auth-links", bearer),
                    client().get("/v1/admin/auth-links/al_abc", bearer),
                    client().postJson("/v1/admin/auth-links/al_abc/resend", bearer, "{}"),
                    client().postJson("/v1/admin/auth-links/al_abc/revoke", bearer, "{}"),
                    client().get("/v1/admin/outbox", bearer));
            for (HttpResponse<String> answer : answers) {
                assertProblem(answer, 401, "unauthenticated");
                assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("connect-operator");
            }
        }
        assertThat(useCases().authLinkCalls()).isEmpty();
    }

    @Test
    default void listsAPageWithTheFilterAndRefusesUnknownParametersAndStates() {
        AuthLink link = TestLinks.pending().build();
        useCases().listAuthLinks(query -> new ListAuthLinksUseCase.Page(List.of(view(link)),
                Optional.of(AuthLinkCursor.after(link))));

        HttpResponse<String> page = client().get("/v1/admin/auth-links?ownerId=owner-42&state=pending&limit=1", KEY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebClient.json(page).get("data").get(0).get("id").asText()).isEqualTo(link.id().value());
        assertThat(WebClient.json(page).get("nextCursor").asText()).isEqualTo(AuthLinkCursor.after(link).token());
        ListAuthLinksUseCase.Query query = (ListAuthLinksUseCase.Query) useCases().authLinkCalls().get(0);
        assertThat(query.filter().owner().orElseThrow().value()).isEqualTo("owner-42");
        assertThat(query.filter().state()).contains(AuthLinkState.PENDING);
        assertThat(query.size().value()).isEqualTo(1);
        assertProblem(client().get("/v1/admin/auth-links?state=sent", KEY), 400, "invalid_request");
        assertProblem(client().get("/v1/admin/auth-links?owner=x", KEY), 400, "invalid_request");
        assertProblem(client().get("/v1/admin/auth-links?limit=201", KEY), 400, "invalid_request");
        assertProblem(client().get("/v1/admin/auth-links?cursor=nope", KEY), 400, "invalid_request");
    }

    @Test
    default void anUnknownOrMalformedIdIs404AndAConflictIs409() {
        AuthLink link = TestLinks.pending().build();
        useCases().revokeAuthLink(command -> {
            throw new ConflictException("auth link '" + command.id() + "' is linked and cannot be revoked");
        });
        useCases().resendAuthLink(command -> view(link));

        assertProblem(client().get("/v1/admin/auth-links/" + link.id(), KEY), 404, "not_found");
        assertProblem(client().get("/v1/admin/auth-links/not-an-id", KEY), 404, "not_found");
        assertProblem(client().postJson("/v1/admin/auth-links/" + link.id() + "/revoke", KEY, "{}"), 409, "conflict");
        HttpResponse<String> resent = client().postJson("/v1/admin/auth-links/" + link.id() + "/resend", KEY, "");
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(WebClient.json(resent).get("id").asText()).isEqualTo(link.id().value());
        assertProblem(client().postJson("/v1/admin/auth-links/" + link.id() + "/resend", KEY, "{\"now\":true}"), 400,
                "invalid_request");
    }

    @Test
    default void withoutMailANewLinkIs503MailNotConfigured() {
        useCases().createAuthLink(command -> {
            throw new DeliveryNotConfiguredException("auth links cannot be sent: no mail server is configured");
        });

        assertProblem(client().postJson("/v1/admin/auth-links", KEY, CREATE), 503, "mail_not_configured");
    }

    @Test
    default void aPendingLinkRedirectsToTheHostedPageAndOthersAnswerAPageSayingWhy() {
        String token = "t".repeat(43);
        useCases().openAuthLink(query -> query.token().equals(token)
                ? new OpenAuthLinkUseCase.Opening.Redirect(URI.create("https://hub.test/session/1"))
                : new OpenAuthLinkUseCase.Opening.NotValid(query.token().startsWith("r")
                        ? OpenAuthLinkUseCase.Reason.REVOKED : OpenAuthLinkUseCase.Reason.UNKNOWN));

        HttpResponse<String> redirect = client().get("/links/" + token, null);
        HttpResponse<String> revoked = client().get("/links/" + "r".repeat(43), null);
        HttpResponse<String> unknown = client().get("/links/" + "u".repeat(43), null);

        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).contains("https://hub.test/session/1");
        assertThat(redirect.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(redirect.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(revoked.body()).contains("<h1>This link is not valid</h1>").contains("withdrawn")
                .doesNotContain("src=").doesNotContain("href=");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link is not valid").doesNotContain("expired")
                .doesNotContain("withdrawn");
    }

    @Test
    default void theOutboxShowsTheKeptMessagesNewestFirst() {
        useCases().outbox(List.of(new OutboxEndpoint.Message("msg_2", "al_b", "ada@acme.test", "s2", "t2", "h2",
                "http://connect.test/links/x", TestEvents.T0), new OutboxEndpoint.Message("msg_1", "al_a",
                "ada@acme.test", "s1", "t1", "h1", "http://connect.test/links/y", TestEvents.T0)));

        HttpResponse<String> all = client().get("/v1/admin/outbox", KEY);
        HttpResponse<String> one = client().get("/v1/admin/outbox?limit=1", KEY);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(WebClient.json(all).get("data")).hasSize(2);
        assertThat(WebClient.json(all).get("data").get(0).get("authLinkId").asText()).isEqualTo("al_b");
        assertThat(WebClient.json(one).get("data")).hasSize(1);
        assertProblem(client().get("/v1/admin/outbox?limit=0", KEY), 400, "invalid_request");
    }

    @Test
    default void theTokenOfALinkIsNeverLogged() {
        AuthLink link = TestLinks.pending().build().linked(new AccountId("acc-1"), TestEvents.T0);
        useCases().revokeAuthLink(command -> {
            throw new IllegalStateException("boom while revoking");
        });
        useCases().openAuthLink(query -> {
            throw new IllegalStateException("boom while opening");
        });

        String logs = CapturedLogs.fromConnectDuring(() -> {
            assertThat(client().get("/links/" + link.token().value(), null).statusCode()).isEqualTo(500);
            assertThat(client().postJson("/v1/admin/auth-links/" + link.id() + "/revoke", KEY, "").statusCode())
                    .isEqualTo(500);
        });

        assertThat(logs).contains("boom while opening").doesNotContain(link.token().value());
    }
}
