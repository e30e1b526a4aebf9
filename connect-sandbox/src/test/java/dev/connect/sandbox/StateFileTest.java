package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State in memory by default; with a state file, accounts and live sessions survive a restart. */
class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void accountsAndSessionsSurviveARestart() throws Exception {
        Path file = dir.resolve("state/sandbox.json");
        SandboxSettings settings = SandboxSettings.builder().stateFile(file).build();
        String accountId;
        String token;
        try (StackOneSandbox first = StackOneSandbox.start(settings)) {
            Http http = new Http(first);
            accountId = Flows.linkBambooHr(http, "persist-1", "Persist");
            token = http.session(Flows.owner("persist-2", "Persist Two")).get("token").asText();
        }
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains(accountId);

        try (StackOneSandbox second = StackOneSandbox.start(settings)) {
            Http http = new Http(second);
            assertThat(http.rest("GET", "/accounts/" + accountId, null).json().get("origin_owner_id").asText())
                    .isEqualTo("persist-1");
            assertThat(http.hub("GET", "/hub/settings", null, token).status()).isEqualTo(200);
            long nextSessionId = http.session(Flows.owner("persist-3", "P3")).get("id").asLong();
            assertThat(nextSessionId).isEqualTo(3);
            http.rest("DELETE", "/accounts/" + accountId, null);
        }
        try (StackOneSandbox third = StackOneSandbox.start(settings)) {
            assertThat(new Http(third).rest("GET", "/accounts/" + accountId, null).status()).isEqualTo(404);
        }
    }

    @Test
    void aStateFileWrittenWhenTheOrganizationIdWasTextStillLoads() throws Exception {
        Path file = dir.resolve("old.json");
        SandboxSettings settings = SandboxSettings.builder().stateFile(file).build();
        String token;
        try (StackOneSandbox first = StackOneSandbox.start(settings)) {
            token = new Http(first).session(Flows.owner("old-1", "Old")).get("token").asText();
        }
        Files.writeString(file, Files.readString(file).replace("\"token\"", "\"organization_id\" : \"sandbox-org\",\n  \"token\""));
        assertThat(Files.readString(file)).contains("sandbox-org");

        try (StackOneSandbox second = StackOneSandbox.start(settings)) {
            assertThat(new Http(second).hub("GET", "/hub/settings", null, token).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAStateFileNothingSurvives() {
        String accountId;
        try (StackOneSandbox first = StackOneSandbox.start(SandboxSettings.defaults())) {
            accountId = Flows.linkBambooHr(new Http(first), "memory", "Memory");
        }
        try (StackOneSandbox second = StackOneSandbox.start(SandboxSettings.defaults())) {
            assertThat(new Http(second).rest("GET", "/accounts/" + accountId, null).status()).isEqualTo(404);
            assertThat(new Http(second).rest("GET", "/accounts", null).json()).isEmpty();
        }
    }

    @Test
    void closeIsIdempotentAndThePortIsReported() {
        StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port());
        assertThat(sandbox.settings().toString()).doesNotContain(SandboxSettings.DEFAULT_API_KEY);
        sandbox.close();
        sandbox.close();
        assertThat(Map.of()).isEmpty();
    }
}
