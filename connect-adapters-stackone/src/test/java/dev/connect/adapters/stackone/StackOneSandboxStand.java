package dev.connect.adapters.stackone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.contract.ProviderTimeouts;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.HttpFault;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The StackOne sandbox as the contract kit's stand-in for StackOne: accounts linked the way the Hub links them, faults
 * as the sandbox injects them. The sandbox keeps no log of the requests it answered, so the kit's counts are left out.
 */
final class StackOneSandboxStand implements AutoCloseable {

    static final String REFUSED_KEY = "v1.eu1.not-the-right-key";

    private final StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.defaults().withPort(0));

    StackOneSandbox sandbox() {
        return sandbox;
    }

    String apiKey() {
        return sandbox.apiKey();
    }

    StackOneAdapters adapters(String key) {
        return StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(key))
                .withBaseUrl(sandbox.baseUrl())
                .withTimeouts(ProviderTimeouts.CONNECT, ProviderTimeouts.READ, ProviderTimeouts.DEADLINE),
                Clock.systemUTC());
    }

    /** Links an account exactly as the Hub does: a session for the owner, then the credentials form. */
    String givenLinkedAccount(String ownerId, String ownerName, String provider) {
        var request = new ConnectSessionRequest(
                new EndUser(new Owner(new OwnerId(ownerId), new OwnerName(ownerName)), Optional.empty()),
                Optional.of(new ProviderKey(provider)), Set.of(), Optional.empty(), false, Optional.empty(),
                Metadata.EMPTY, SessionLifetime.DEFAULT);
        String token = adapters(apiKey()).connectSessions().open(request).token().value();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            sandbox.baseUrl().resolve("/hub/accounts"))
                    .header("Content-Type", "application/json").header("x-hub-session-token", token)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"integration_id": "int_%s", "credentials": {"subdomain": "acme",
                             "api_key": "sandbox-api-key-123"}}""".formatted(provider)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
            return new ObjectMapper().readTree(created.body()).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void givenFault(ProviderCall call, ProviderFault fault) {
        String method = switch (call) {
            case OPEN_SESSION -> "POST";
            case FIND, LIST -> "GET";
            case DELETE -> "DELETE";
        };
        String path = switch (call) {
            case OPEN_SESSION -> "/connect_sessions";
            case FIND, DELETE -> "/accounts/*";
            case LIST -> "/accounts";
        };
        sandbox.injectFault(switch (fault.kind()) {
            case STATUS -> HttpFault.status(method, path, fault.status(), fault.times());
            case RATE_LIMITED -> HttpFault.tooManyRequests(method, path, (int) fault.retryAfter().toSeconds(),
                    fault.times());
            case SLOW -> HttpFault.slow(method, path, fault.delay(), fault.times());
        });
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
