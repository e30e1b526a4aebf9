package dev.connect.sandbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link StackOneSandbox} needs to start. Immutable; build it with {@link #builder()} or start
 * from {@link #defaults()} and use the {@code with…} methods.
 *
 * <table>
 *   <caption>Fields and defaults</caption>
 *   <tr><th>field</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>host</td><td>{@code 127.0.0.1}</td><td>interface to bind; keep it loopback unless you know why</td></tr>
 *   <tr><td>port</td><td>{@code 0}</td><td>0 picks any free port; read it back from {@link StackOneSandbox#port()}</td></tr>
 *   <tr><td>apiKey</td><td>{@code v1.sandbox.local-api-key}</td><td>the Basic-auth user name the REST API accepts</td></tr>
 *   <tr><td>webhookTargets</td><td>none</td><td>URLs every account event is POSTed to (more can be added later)</td></tr>
 *   <tr><td>webhookSecrets</td><td>{@code sandbox-webhook-secret}</td><td>signing secrets; the first one signs</td></tr>
 *   <tr><td>badCredentialsValue</td><td>{@code bad-credentials}</td><td>a credential with this value is rejected like a provider would</td></tr>
 *   <tr><td>stateFile</td><td>none (memory only)</td><td>JSON file that keeps sessions and accounts across restarts</td></tr>
 *   <tr><td>organizationId / projectId</td><td>{@code 1} (a number, as StackOne's) / {@code sandbox-project}</td><td>echoed in sessions (the organization) and webhooks (the project)</td></tr>
 *   <tr><td>publicUrl</td><td>none (the bound address)</td><td>base URL put into {@code auth_link_url} and logo URLs, if the sandbox is reached through another name</td></tr>
 *   <tr><td>webhookMaxAttempts</td><td>{@code 5}</td><td>delivery attempts per webhook before giving up</td></tr>
 *   <tr><td>webhookInitialBackoff</td><td>{@code 500 ms}</td><td>wait before the first retry; doubles on each further retry</td></tr>
 * </table>
 */
public record SandboxSettings(
        String host,
        int port,
        String apiKey,
        List<URI> webhookTargets,
        List<String> webhookSecrets,
        String badCredentialsValue,
        Optional<Path> stateFile,
        long organizationId,
        String projectId,
        Optional<URI> publicUrl,
        int webhookMaxAttempts,
        Duration webhookInitialBackoff) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_API_KEY = "v1.sandbox.local-api-key";
    public static final String DEFAULT_WEBHOOK_SECRET = "sandbox-webhook-secret";
    public static final String DEFAULT_BAD_CREDENTIALS = "bad-credentials";
    /** A number, as StackOne types {@code organization_id}. */
    public static final long DEFAULT_ORGANIZATION_ID = 1;

    public SandboxSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        requireText(apiKey, "apiKey");
        webhookTargets = List.copyOf(webhookTargets);
        webhookSecrets = List.copyOf(webhookSecrets);
        if (webhookSecrets.isEmpty() || webhookSecrets.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("at least one non-empty webhook secret is required");
        }
        requireText(badCredentialsValue, "badCredentialsValue");
        Objects.requireNonNull(stateFile, "stateFile");
        if (organizationId < 1) {
            throw new IllegalArgumentException("organizationId must be a positive number, as StackOne's are");
        }
        requireText(projectId, "projectId");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (webhookMaxAttempts < 1) {
            throw new IllegalArgumentException("webhookMaxAttempts must be at least 1");
        }
        Objects.requireNonNull(webhookInitialBackoff, "webhookInitialBackoff");
        if (webhookInitialBackoff.isNegative()) {
            throw new IllegalArgumentException("webhookInitialBackoff must not be negative");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Loopback, any free port, the default key and secret, memory only. */
    public static SandboxSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.apiKey = apiKey;
        b.webhookTargets = new ArrayList<>(webhookTargets);
        b.webhookSecrets = new ArrayList<>(webhookSecrets);
        b.badCredentialsValue = badCredentialsValue;
        b.stateFile = stateFile.orElse(null);
        b.organizationId = organizationId;
        b.projectId = projectId;
        b.publicUrl = publicUrl.orElse(null);
        b.webhookMaxAttempts = webhookMaxAttempts;
        b.webhookInitialBackoff = webhookInitialBackoff;
        return b;
    }

    public SandboxSettings withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    public SandboxSettings withApiKey(String newApiKey) {
        return toBuilder().apiKey(newApiKey).build();
    }

    public SandboxSettings withWebhookTargets(List<URI> targets) {
        return toBuilder().webhookTargets(targets).build();
    }

    public SandboxSettings withWebhookSecrets(List<String> secrets) {
        return toBuilder().webhookSecrets(secrets).build();
    }

    public SandboxSettings withStateFile(Path file) {
        return toBuilder().stateFile(file).build();
    }

    /** The primary signing secret: the one every delivery is signed with. */
    public String primaryWebhookSecret() {
        return webhookSecrets.get(0);
    }

    /** Never prints the API key or the secrets. */
    @Override
    public String toString() {
        return "SandboxSettings[host=" + host + ", port=" + port + ", apiKey=***, webhookTargets=" + webhookTargets
                + ", webhookSecrets=" + webhookSecrets.size() + " configured, badCredentialsValue=" + badCredentialsValue
                + ", stateFile=" + stateFile.map(Path::toString).orElse("none") + ", organizationId=" + organizationId
                + ", projectId=" + projectId + ", publicUrl=" + publicUrl.map(URI::toString).orElse("none")
                + ", webhookMaxAttempts=" + webhookMaxAttempts + ", webhookInitialBackoff=" + webhookInitialBackoff + "]";
    }

    /** Mutable builder starting from the defaults. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = 0;
        private String apiKey = DEFAULT_API_KEY;
        private List<URI> webhookTargets = new ArrayList<>();
        private List<String> webhookSecrets = new ArrayList<>(List.of(DEFAULT_WEBHOOK_SECRET));
        private String badCredentialsValue = DEFAULT_BAD_CREDENTIALS;
        private Path stateFile;
        private long organizationId = DEFAULT_ORGANIZATION_ID;
        private String projectId = "sandbox-project";
        private URI publicUrl;
        private int webhookMaxAttempts = 5;
        private Duration webhookInitialBackoff = Duration.ofMillis(500);

        private Builder() {
        }

        public Builder host(String value) { this.host = value; return this; }
        public Builder port(int value) { this.port = value; return this; }
        public Builder apiKey(String value) { this.apiKey = value; return this; }
        public Builder webhookTargets(List<URI> value) { this.webhookTargets = new ArrayList<>(value); return this; }
        public Builder addWebhookTarget(URI value) { this.webhookTargets.add(value); return this; }
        public Builder webhookSecrets(List<String> value) { this.webhookSecrets = new ArrayList<>(value); return this; }
        public Builder badCredentialsValue(String value) { this.badCredentialsValue = value; return this; }
        public Builder stateFile(Path value) { this.stateFile = value; return this; }
        public Builder organizationId(long value) { this.organizationId = value; return this; }
        public Builder projectId(String value) { this.projectId = value; return this; }
        public Builder publicUrl(URI value) { this.publicUrl = value; return this; }
        public Builder webhookMaxAttempts(int value) { this.webhookMaxAttempts = value; return this; }
        public Builder webhookInitialBackoff(Duration value) { this.webhookInitialBackoff = value; return this; }

        public SandboxSettings build() {
            return new SandboxSettings(host, port, apiKey, webhookTargets, webhookSecrets, badCredentialsValue,
                    Optional.ofNullable(stateFile), organizationId, projectId, Optional.ofNullable(publicUrl),
                    webhookMaxAttempts, webhookInitialBackoff);
        }
    }
}
