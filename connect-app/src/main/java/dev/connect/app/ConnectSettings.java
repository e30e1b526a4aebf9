package dev.connect.app;

import dev.connect.adapters.jdbc.JdbcSettings;
import dev.connect.adapters.mail.SmtpSettings;
import dev.connect.adapters.nango.NangoSecretKey;
import dev.connect.adapters.nango.NangoSettings;
import dev.connect.adapters.quota.OwnerRateLimit;
import dev.connect.adapters.stackone.StackOneApiKey;
import dev.connect.adapters.stackone.StackOneRateShare;
import dev.connect.adapters.stackone.StackOneSettings;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.http.CorsPolicy;
import dev.connect.adapters.web.metrics.MetricsAccess;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.DeliveryBackoff;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectionPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything connect is configured with, read from {@code CONNECT_…} environment variables (or the properties file
 * {@code CONNECT_CONFIG_FILE}) and validated at once. The README's configuration table lists each variable.
 *
 * @param provider       the linking provider: StackOne (the default, and the built-in sandbox without a key) or Nango
 * @param nango          present exactly when the provider is Nango
 * @param callers        empty only in sandbox mode, where a development secret is generated
 * @param webhookSecrets StackOne's signing secrets; empty in sandbox mode, where a secret is generated and shared with
 *                       the sandbox, and with Nango, whose keys are {@link NangoOptions#webhookSigningKeys()}
 * @param operatorApiKey the operator API's credential; when empty, sandbox mode generates one and otherwise the
 *                       operator API refuses every call
 * @param examples       whether the frontend examples are served under {@code /examples/}: by default in sandbox mode
 *                       only, as a production API server serves no demo pages unless asked to
 * @param operations     how connect is operated beside what it does: log format, metrics access, readiness checks,
 *                       owners' quotas, CORS
 * @param authLinks      the public address, the mail server and the sweeps of auth links
 */
public record ConnectSettings(String httpHost, int httpPort, HttpServer httpServer, Provider provider,
                              StackOneOptions stackOne, Optional<NangoOptions> nango, SandboxOptions sandbox,
                              Optional<JwtSettings> callers, ConnectionPolicy policy, JdbcSettings database,
                              List<String> webhookSecrets, WebhookFreshness webhookFreshness,
                              Optional<OperatorApiKey> operatorApiKey, ReconciliationOptions reconciliation,
                              boolean examples, OperationsOptions operations, AuthLinkOptions authLinks) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** Which HTTP server serves the API: the same API, routes and answers on either. */
    public enum HttpServer {
        /** Javalin on Jetty: the default. */
        JAVALIN,
        /** connect's servlet in an embedded Jetty (Jakarta EE 10) container. */
        SERVLET
    }

    /** Which provider links the accounts; only its webhook route is served ({@code /webhooks/<provider>}). */
    public enum Provider {
        /** StackOne: the default, and the built-in sandbox while no StackOne API key is set. */
        STACKONE,
        /** Nango, Cloud or self-hosted. */
        NANGO
    }

    /** The built-in sandbox, used when no StackOne API key is configured. */
    public record SandboxOptions(int port, Optional<Path> stateFile) {
    }

    public ConnectSettings {
        webhookSecrets = List.copyOf(webhookSecrets);
        if (nango.isPresent() != (provider == Provider.NANGO)) {
            throw new IllegalArgumentException("Nango's options go with CONNECT_PROVIDER=nango, and only with it");
        }
    }

    /** Whether the built-in StackOne sandbox runs: StackOne without an API key. */
    public boolean usesSandbox() {
        return provider == Provider.STACKONE && stackOne.usesSandbox();
    }

    /** Settings name no secret: keys, tokens and passwords are left out or shown redacted. */
    @Override
    public String toString() {
        return "ConnectSettings[http=" + httpHost + ":" + httpPort + " (" + httpServer + "), provider=" + provider
                + ", stackOne=" + stackOne + ", nango=" + nango + ", sandbox=" + sandbox + ", callers=" + callers
                + ", policy=" + policy + ", database=" + database + ", webhookSecrets=" + webhookSecrets.size()
                + " (redacted), webhookFreshness=" + webhookFreshness + ", operatorApiKey=" + operatorApiKey
                + ", reconciliation=" + reconciliation + ", examples=" + examples + ", operations=" + operations
                + ", authLinks=" + authLinks + "]";
    }

    /** Reads and validates; throws {@link InvalidSettingsException} listing every problem. */
    public static ConnectSettings fromEnvironment(Map<String, String> environment) {
        SettingsReader read = new SettingsReader(SettingsSource.fromEnvironment(environment));

        String host = read.text("CONNECT_HTTP_HOST").orElse(DEFAULT_HOST);
        int port = read.port("CONNECT_HTTP_PORT", DEFAULT_PORT);
        HttpServer server = read.choice("CONNECT_HTTP_SERVER", HttpServer.JAVALIN);

        Provider provider = read.choice("CONNECT_PROVIDER", Provider.STACKONE);
        StackOneOptions stackOne = stackOne(read, provider);
        Optional<NangoOptions> nango = provider == Provider.NANGO ? nango(read) : Optional.empty();
        refuseTheOtherProvidersSettings(read, provider);
        boolean sandboxMode = provider == Provider.STACKONE && stackOne.usesSandbox();
        SandboxOptions sandbox = new SandboxOptions(read.port("CONNECT_SANDBOX_PORT", 0),
                read.text("CONNECT_SANDBOX_STATE_FILE").map(Path::of));
        Optional<JwtSettings> callers = callers(read, sandboxMode);

        var providers = new HashSet<>(read.listOf("CONNECT_ALLOWED_PROVIDERS", ProviderKey::new));
        var categories = new HashSet<>(read.listOf("CONNECT_ALLOWED_CATEGORIES", Category::fromKey));

        JdbcSettings database = database(read);
        List<String> webhookSecrets = read.list("CONNECT_WEBHOOK_SECRETS");
        if (webhookSecrets.isEmpty() && provider == Provider.STACKONE && !sandboxMode) {
            read.problem("CONNECT_WEBHOOK_SECRETS: required with a StackOne API key (the signing secret(s) of "
                    + "StackOne's webhook, comma-separated); without it no account event could be verified");
        }
        WebhookFreshness freshness = freshness(read);
        Optional<OperatorApiKey> operatorApiKey = operatorApiKey(read);
        ReconciliationOptions reconciliation = reconciliation(read);
        boolean examples = read.bool("CONNECT_EXAMPLES", sandboxMode);
        OperationsOptions operations = operations(read);
        AuthLinkOptions authLinks = authLinks(read);

        if (!read.problems().isEmpty()) {
            throw new InvalidSettingsException(read.problems());
        }
        return new ConnectSettings(host, port, server, provider, stackOne, nango, sandbox, callers,
                new ConnectionPolicy(providers, categories), database, webhookSecrets, freshness, operatorApiKey,
                reconciliation, examples, operations, authLinks);
    }

    static final Duration MIN_READINESS_INTERVAL = Duration.ofMillis(100);
    static final Duration MAX_READINESS_INTERVAL = Duration.ofMinutes(10);
    static final int MAX_OWNER_RATE_LIMIT = 100_000;

    private static OperationsOptions operations(SettingsReader read) {
        OperationsOptions defaults = OperationsOptions.defaults();
        OperationsOptions.LogFormat logFormat = read.choice("CONNECT_LOG_FORMAT", defaults.logFormat());
        MetricsAccess metricsAccess = read.choice("CONNECT_METRICS_ACCESS", defaults.metricsAccess());
        Duration readiness = read.duration("CONNECT_READINESS_INTERVAL", defaults.readinessInterval());
        if (readiness.compareTo(MIN_READINESS_INTERVAL) < 0 || readiness.compareTo(MAX_READINESS_INTERVAL) > 0) {
            read.problem("CONNECT_READINESS_INTERVAL: must be from 100ms to 10m");
            readiness = defaults.readinessInterval();
        }
        Optional<OwnerRateLimit> ownerRateLimit = defaults.ownerRateLimit();
        if (read.text("CONNECT_OWNER_RATE_LIMIT").map(String::trim).filter("off"::equalsIgnoreCase).isPresent()) {
            ownerRateLimit = Optional.empty();
        } else if (read.text("CONNECT_OWNER_RATE_LIMIT").isPresent()) {
            ownerRateLimit = Optional.of(OwnerRateLimit.perMinute(read.positive("CONNECT_OWNER_RATE_LIMIT",
                    OwnerRateLimit.DEFAULT.permits(), MAX_OWNER_RATE_LIMIT)));
        }
        CorsPolicy cors = CorsPolicy.none();
        try {
            cors = CorsPolicy.allowing(new LinkedHashSet<>(read.list("CONNECT_CORS_ALLOWED_ORIGINS")));
        } catch (IllegalArgumentException invalid) {
            read.problem("CONNECT_CORS_ALLOWED_ORIGINS: " + invalid.getMessage());
        }
        return new OperationsOptions(logFormat, metricsAccess, readiness, ownerRateLimit, cors);
    }

    /** Auth links: the public address, the mail server (its host and from address go together), the sweeps. */
    private static AuthLinkOptions authLinks(SettingsReader read) {
        Optional<URI> publicUrl = read.httpUrl("CONNECT_PUBLIC_URL");
        Duration sweep = read.duration("CONNECT_AUTH_LINK_SWEEP_INTERVAL", AuthLinkOptions.DEFAULT_SWEEP_INTERVAL);
        if (sweep.isZero()) {
            read.problem("CONNECT_AUTH_LINK_SWEEP_INTERVAL: must be longer than 0");
            sweep = AuthLinkOptions.DEFAULT_SWEEP_INTERVAL;
        }
        return new AuthLinkOptions(publicUrl, smtp(read), sweep, DeliveryBackoff.DEFAULT);
    }

    private static Optional<SmtpSettings> smtp(SettingsReader read) {
        Optional<String> host = read.text("CONNECT_SMTP_HOST");
        List<String> others = List.of("CONNECT_SMTP_PORT", "CONNECT_SMTP_SECURITY", "CONNECT_SMTP_USERNAME",
                "CONNECT_SMTP_PASSWORD", "CONNECT_MAIL_FROM");
        if (host.isEmpty()) {
            others.stream().filter(name -> read.text(name).isPresent()).forEach(name ->
                    read.problem(name + ": a mail setting, but CONNECT_SMTP_HOST is not set; set it or unset this"));
            return Optional.empty();
        }
        SmtpSettings.Security security = read.choice("CONNECT_SMTP_SECURITY", SmtpSettings.Security.STARTTLS);
        int port = read.port("CONNECT_SMTP_PORT", SmtpSettings.defaultPort(security));
        Optional<String> username = read.text("CONNECT_SMTP_USERNAME");
        Optional<String> password = read.text("CONNECT_SMTP_PASSWORD");
        Optional<EmailAddress> from = read.text("CONNECT_MAIL_FROM").flatMap(address -> {
            try {
                return Optional.of(new EmailAddress(address));
            } catch (InvalidRequestException invalid) {
                read.problem("CONNECT_MAIL_FROM: must be one plain e-mail address like links@example.com");
                return Optional.empty();
            }
        });
        if (read.text("CONNECT_MAIL_FROM").isEmpty()) {
            read.problem("CONNECT_MAIL_FROM: required with CONNECT_SMTP_HOST (the sender of auth-link e-mails)");
        }
        if (password.isPresent() && username.isEmpty()) {
            read.problem("CONNECT_SMTP_PASSWORD: needs CONNECT_SMTP_USERNAME");
        }
        if (from.isEmpty() || password.isPresent() && username.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SmtpSettings(host.get(), port, security, username, password, from.get(),
                    SmtpSettings.DEFAULT_TIMEOUT));
        } catch (IllegalArgumentException invalid) {
            read.problem("CONNECT_SMTP_HOST / CONNECT_SMTP_PORT: " + invalid.getMessage()); // never the password
            return Optional.empty();
        }
    }

    private static Optional<OperatorApiKey> operatorApiKey(SettingsReader read) {
        return read.text("CONNECT_OPERATOR_API_KEY").flatMap(key -> {
            try {
                return Optional.of(new OperatorApiKey(key));
            } catch (IllegalArgumentException invalid) {
                read.problem("CONNECT_OPERATOR_API_KEY: " + invalid.getMessage()); // the message never quotes the key
                return Optional.empty();
            }
        });
    }

    private static ReconciliationOptions reconciliation(SettingsReader read) {
        Optional<Duration> interval = read.text("CONNECT_RECONCILE_INTERVAL").isPresent()
                ? Optional.of(read.duration("CONNECT_RECONCILE_INTERVAL", Duration.ZERO)).filter(d -> !d.isZero())
                : Optional.empty();
        double share = read.fraction("CONNECT_RECONCILE_RATE_SHARE", StackOneRateShare.DEFAULT.value());
        return new ReconciliationOptions(interval, new StackOneRateShare(share));
    }

    private static StackOneOptions stackOne(SettingsReader read, Provider provider) {
        Optional<StackOneApiKey> apiKey = read.text("CONNECT_STACKONE_API_KEY").map(StackOneApiKey::new);
        var baseUrl = read.httpUrl("CONNECT_STACKONE_BASE_URL");
        if (baseUrl.isPresent() && apiKey.isEmpty() && provider == Provider.STACKONE) {
            read.problem("CONNECT_STACKONE_BASE_URL: needs CONNECT_STACKONE_API_KEY (without a key connect uses "
                    + "its built-in sandbox)");
        }
        return new StackOneOptions(apiKey, baseUrl.orElse(StackOneSettings.DEFAULT_BASE_URL),
                read.duration("CONNECT_STACKONE_CONNECT_TIMEOUT", StackOneSettings.DEFAULT_CONNECT_TIMEOUT),
                read.duration("CONNECT_STACKONE_READ_TIMEOUT", StackOneSettings.DEFAULT_READ_TIMEOUT),
                read.duration("CONNECT_STACKONE_DEADLINE", StackOneSettings.DEFAULT_CALL_DEADLINE));
    }

    /** Nango's secret key and webhook signing key(s) are required; its base URL (self-hosted) and timeouts are not. */
    private static Optional<NangoOptions> nango(SettingsReader read) {
        Optional<NangoSecretKey> secretKey = read.text("CONNECT_NANGO_SECRET_KEY").flatMap(key -> {
            try {
                return Optional.of(new NangoSecretKey(key));
            } catch (IllegalArgumentException invalid) {
                read.problem("CONNECT_NANGO_SECRET_KEY: " + invalid.getMessage()); // the message never quotes the key
                return Optional.empty();
            }
        });
        if (read.text("CONNECT_NANGO_SECRET_KEY").isEmpty()) {
            read.problem("CONNECT_NANGO_SECRET_KEY: required with CONNECT_PROVIDER=nango (the secret key of the "
                    + "Nango environment connect links accounts in)");
        }
        List<String> signingKeys = read.list("CONNECT_NANGO_WEBHOOK_SECRET");
        if (signingKeys.isEmpty()) {
            read.problem("CONNECT_NANGO_WEBHOOK_SECRET: required with CONNECT_PROVIDER=nango (the environment's "
                    + "webhook signing key, Environment Settings > Webhooks; two, comma-separated, during a rotation); "
                    + "without it no auth webhook could be verified");
        }
        URI baseUrl = read.httpUrl("CONNECT_NANGO_BASE_URL").orElse(NangoSettings.DEFAULT_BASE_URL);
        Duration connect = read.duration("CONNECT_NANGO_CONNECT_TIMEOUT", NangoSettings.DEFAULT_CONNECT_TIMEOUT);
        Duration readTimeout = read.duration("CONNECT_NANGO_READ_TIMEOUT", NangoSettings.DEFAULT_READ_TIMEOUT);
        Duration deadline = read.duration("CONNECT_NANGO_DEADLINE", NangoSettings.DEFAULT_CALL_DEADLINE);
        return secretKey.filter(key -> !signingKeys.isEmpty()).map(key -> new NangoOptions(key, baseUrl, connect,
                readTimeout, deadline, signingKeys));
    }

    /**
     * A setting of the provider that is not selected would be silently ignored: it is refused instead, so that a
     * deployment that meant the other provider learns it at start-up.
     */
    private static void refuseTheOtherProvidersSettings(SettingsReader read, Provider provider) {
        List<String> stackOnes = List.of("CONNECT_STACKONE_API_KEY", "CONNECT_STACKONE_BASE_URL",
                "CONNECT_STACKONE_CONNECT_TIMEOUT", "CONNECT_STACKONE_READ_TIMEOUT", "CONNECT_STACKONE_DEADLINE",
                "CONNECT_WEBHOOK_SECRETS", "CONNECT_SANDBOX_PORT", "CONNECT_SANDBOX_STATE_FILE",
                "CONNECT_RECONCILE_RATE_SHARE", "CONNECT_ALLOWED_CATEGORIES");
        List<String> nangos = List.of("CONNECT_NANGO_SECRET_KEY", "CONNECT_NANGO_BASE_URL",
                "CONNECT_NANGO_CONNECT_TIMEOUT", "CONNECT_NANGO_READ_TIMEOUT", "CONNECT_NANGO_DEADLINE",
                "CONNECT_NANGO_WEBHOOK_SECRET");
        for (String name : provider == Provider.NANGO ? stackOnes : nangos) {
            if (read.text(name).isPresent()) {
                read.problem(name + ": " + (provider == Provider.NANGO
                        ? "a StackOne setting (or one Nango has no use for: it has no categories, no sandbox, no "
                        + "published rate limit), but CONNECT_PROVIDER is nango; unset it"
                        : "a Nango setting, but CONNECT_PROVIDER is stackone (the default); set CONNECT_PROVIDER=nango "
                        + "or unset it"));
            }
        }
    }

    private static Optional<JwtSettings> callers(SettingsReader read, boolean sandbox) {
        Optional<String> secret = read.text("CONNECT_AUTH_JWT_SECRET");
        var jwksUrl = read.httpUrl("CONNECT_AUTH_JWKS_URL");
        var jwksFile = read.readableFile("CONNECT_AUTH_JWKS_FILE");
        long sources = java.util.stream.Stream.of(secret, jwksUrl, jwksFile).filter(Optional::isPresent).count();
        boolean named = read.text("CONNECT_AUTH_JWKS_URL").isPresent() || read.text("CONNECT_AUTH_JWKS_FILE").isPresent();
        if (sources == 0 && !named) {
            if (!sandbox) {
                read.problem("CONNECT_AUTH_JWT_SECRET, CONNECT_AUTH_JWKS_URL or CONNECT_AUTH_JWKS_FILE: one is "
                        + "required to verify callers' bearer tokens");
            }
            return Optional.empty();
        }
        if (sources > 1) {
            read.problem("CONNECT_AUTH_JWT_SECRET, CONNECT_AUTH_JWKS_URL, CONNECT_AUTH_JWKS_FILE: set only one");
            return Optional.empty();
        }
        if (sources == 0) {
            return Optional.empty(); // the URL or file was named but is invalid: already reported
        }
        try {
            return Optional.of(new JwtSettings(secret, jwksUrl, jwksFile, read.text("CONNECT_AUTH_ISSUER"),
                    read.text("CONNECT_AUTH_AUDIENCE"), read.text("CONNECT_AUTH_CLAIM_OWNER_ID").orElse(null),
                    read.text("CONNECT_AUTH_CLAIM_OWNER_NAME").orElse(null),
                    read.text("CONNECT_AUTH_CLAIM_USER_NAME").orElse(null)));
        } catch (IllegalArgumentException invalid) {
            read.problem("CONNECT_AUTH_JWT_SECRET: " + invalid.getMessage());
            return Optional.empty();
        }
    }

    private static JdbcSettings database(SettingsReader read) {
        String url = read.text("CONNECT_DATABASE_URL").orElse(JdbcSettings.DEFAULT_URL);
        String user = read.text("CONNECT_DATABASE_USER").orElse(JdbcSettings.DEFAULT_USER);
        String password = read.text("CONNECT_DATABASE_PASSWORD").orElse("");
        int poolSize = read.positive("CONNECT_DATABASE_POOL_SIZE", JdbcSettings.DEFAULT_MAX_POOL_SIZE, 200);
        try {
            return new JdbcSettings(url, user, password, poolSize);
        } catch (IllegalArgumentException invalid) {
            // the URL may carry a password: say what is wrong, never what was given
            read.problem("CONNECT_DATABASE_URL / CONNECT_DATABASE_POOL_SIZE: " + invalid.getMessage());
            return JdbcSettings.embeddedDefault();
        }
    }

    private static WebhookFreshness freshness(SettingsReader read) {
        Duration window = read.duration("CONNECT_WEBHOOK_WINDOW", WebhookFreshness.DEFAULT_MAX_AGE);
        try {
            return WebhookFreshness.ofMaxAge(window);
        } catch (InvalidRequestException invalid) {
            read.problem("CONNECT_WEBHOOK_WINDOW: " + invalid.getMessage());
            return WebhookFreshness.DEFAULT;
        }
    }
}
