package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.adapters.mail.SmtpSettings;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.session.Category;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import dev.connect.adapters.quota.OwnerRateLimit;
import dev.connect.adapters.web.metrics.MetricsAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectSettingsTest {

    static final String KEY = "v1.eu1.a-very-secret-api-key";
    static final String JWT_SECRET = "a-shared-secret-of-at-least-32-bytes!!";

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("CONNECT_STACKONE_API_KEY", KEY, "CONNECT_AUTH_JWT_SECRET", JWT_SECRET,
                "CONNECT_WEBHOOK_SECRETS", "whsec-one,whsec-two"));
    }

    @Test
    void defaultsAreSane() {
        ConnectSettings settings = ConnectSettings.fromEnvironment(minimal());

        assertThat(settings.httpHost()).isEqualTo("127.0.0.1");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.httpServer()).isEqualTo(ConnectSettings.HttpServer.JAVALIN);
        assertThat(settings.stackOne().baseUrl()).isEqualTo(URI.create("https://api.stackone.com"));
        assertThat(settings.stackOne().callDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.stackOne().usesSandbox()).isFalse();
        assertThat(settings.callers().orElseThrow().ownerIdClaim()).isEqualTo("org_id");
        assertThat(settings.policy().restrictsProviders()).isFalse();
        assertThat(settings.webhookSecrets()).containsExactly("whsec-one", "whsec-two");
        assertThat(settings.webhookFreshness().maxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.database().url()).isEqualTo("jdbc:sqlite:./data/connect.db");
        assertThat(settings.operatorApiKey()).isEmpty();
        assertThat(settings.reconciliation().interval()).as("off unless set").isEmpty();
        assertThat(settings.reconciliation().rateShare().value()).isEqualTo(0.2);
        assertThat(settings.examples()).as("no demo pages beside a production API unless asked for").isFalse();
        assertThat(settings.operations().logFormat()).isEqualTo(OperationsOptions.LogFormat.TEXT);
        assertThat(settings.operations().metricsAccess()).isEqualTo(MetricsAccess.OPEN);
        assertThat(settings.operations().readinessInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.operations().ownerRateLimit()).contains(OwnerRateLimit.perMinute(60));
        assertThat(settings.operations().cors().origins()).as("no other origin's pages").isEmpty();
    }

    @Test
    void readsTheOperationsSettings() {
        Map<String, String> env = minimal();
        env.put("CONNECT_LOG_FORMAT", "json");
        env.put("CONNECT_METRICS_ACCESS", "operator");
        env.put("CONNECT_READINESS_INTERVAL", "5s");
        env.put("CONNECT_OWNER_RATE_LIMIT", "120");
        env.put("CONNECT_CORS_ALLOWED_ORIGINS", "https://App.Example.com, http://localhost:5173");

        OperationsOptions operations = ConnectSettings.fromEnvironment(env).operations();

        assertThat(operations.logFormat()).isEqualTo(OperationsOptions.LogFormat.JSON);
        assertThat(operations.metricsAccess()).isEqualTo(MetricsAccess.OPERATOR);
        assertThat(operations.readinessInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(operations.ownerRateLimit()).contains(OwnerRateLimit.perMinute(120));
        assertThat(operations.cors().origins()).containsExactlyInAnyOrder("https://app.example.com",
                "http://localhost:5173");
        env.put("CONNECT_OWNER_RATE_LIMIT", "off");
        assertThat(ConnectSettings.fromEnvironment(env).operations().ownerRateLimit()).isEmpty();
    }

    @Test
    void refusesOperationsSettingsItCannotUseListingThemAll() {
        Map<String, String> env = minimal();
        env.put("CONNECT_LOG_FORMAT", "xml");
        env.put("CONNECT_METRICS_ACCESS", "everyone");
        env.put("CONNECT_READINESS_INTERVAL", "50ms");
        env.put("CONNECT_OWNER_RATE_LIMIT", "0");
        env.put("CONNECT_CORS_ALLOWED_ORIGINS", "https://app.example.com/path");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));

        assertThat(invalid.problems()).hasSize(5)
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_LOG_FORMAT").contains("text, json"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_METRICS_ACCESS").contains("open, operator"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_READINESS_INTERVAL"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_OWNER_RATE_LIMIT"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_CORS_ALLOWED_ORIGINS").contains("no path"));
    }

    @Test
    void theExamplesAreServedInTheEmbeddedDefaultAndWhereverAskedFor() {
        Map<String, String> withKey = minimal();
        withKey.put("CONNECT_EXAMPLES", "TRUE");
        Map<String, String> sandboxWithout = new HashMap<>(Map.of("CONNECT_EXAMPLES", "false"));
        Map<String, String> invalid = minimal();
        invalid.put("CONNECT_EXAMPLES", "yes");

        assertThat(ConnectSettings.fromEnvironment(Map.of()).examples()).isTrue();
        assertThat(ConnectSettings.fromEnvironment(withKey).examples()).isTrue();
        assertThat(ConnectSettings.fromEnvironment(sandboxWithout).examples()).isFalse();
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(invalid))
                .problems()).containsExactly("CONNECT_EXAMPLES: must be true or false");
    }

    @Test
    void readsTheOperatorKeyAndTheReconciliationSettingsAndNeverShowsTheKey() {
        Map<String, String> env = minimal();
        String operatorKey = "an-operator-key-of-at-least-32-characters";
        env.put("CONNECT_OPERATOR_API_KEY", operatorKey);
        env.put("CONNECT_RECONCILE_INTERVAL", "15m");
        env.put("CONNECT_RECONCILE_RATE_SHARE", "0.05");

        ConnectSettings settings = ConnectSettings.fromEnvironment(env);

        assertThat(settings.operatorApiKey().orElseThrow().value()).isEqualTo(operatorKey);
        assertThat(settings.reconciliation().interval()).contains(Duration.ofMinutes(15));
        assertThat(settings.reconciliation().rateShare().requestsPerMinute()).isEqualTo(50);
        assertThat(settings.toString()).doesNotContain(operatorKey);
    }

    @Test
    void refusesAShortOperatorKeyAndABadIntervalOrShareWithoutQuotingTheKey() {
        Map<String, String> env = minimal();
        env.put("CONNECT_OPERATOR_API_KEY", "short-operator-key");
        env.put("CONNECT_RECONCILE_INTERVAL", "often");
        env.put("CONNECT_RECONCILE_RATE_SHARE", "1.5");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));

        assertThat(invalid.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_OPERATOR_API_KEY").contains("32"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_RECONCILE_INTERVAL"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_RECONCILE_RATE_SHARE"));
        assertThat(invalid.getMessage()).doesNotContain("short-operator-key");
    }

    @Test
    void readsTheMailSettingsAndThePublicUrlAndNeverShowsTheSmtpPassword() {
        Map<String, String> env = minimal();
        env.put("CONNECT_SMTP_HOST", "smtp.example.test");
        env.put("CONNECT_SMTP_USERNAME", "connect");
        env.put("CONNECT_SMTP_PASSWORD", "smtp-very-secret");
        env.put("CONNECT_MAIL_FROM", "links@example.test");
        env.put("CONNECT_PUBLIC_URL", "https://connect.example.test/");

        ConnectSettings settings = ConnectSettings.fromEnvironment(env);

        var smtp = settings.authLinks().smtp().orElseThrow();
        assertThat(smtp.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.password()).contains("smtp-very-secret");
        assertThat(settings.authLinks().publicUrl()).contains(URI.create("https://connect.example.test/"));
        assertThat(ConnectSettings.fromEnvironment(minimal()).authLinks().smtp()).isEmpty();
        assertThat(settings.toString()).contains("smtp.example.test").doesNotContain("smtp-very-secret");
    }

    @Test
    void refusesMailSettingsThatDoNotGoTogetherWithoutQuotingThePassword() {
        Map<String, String> env = minimal();
        env.put("CONNECT_SMTP_HOST", "smtp.example.test");
        env.put("CONNECT_SMTP_PASSWORD", "smtp-very-secret");
        env.put("CONNECT_SMTP_SECURITY", "ssl");
        Map<String, String> noHost = minimal();
        noHost.put("CONNECT_MAIL_FROM", "links@example.test");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));
        InvalidSettingsException orphan =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(noHost));

        assertThat(invalid.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_SMTP_SECURITY"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_MAIL_FROM"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_SMTP_PASSWORD"));
        assertThat(invalid.getMessage()).doesNotContain("smtp-very-secret");
        assertThat(orphan.problems()).singleElement().asString().startsWith("CONNECT_MAIL_FROM")
                .contains("CONNECT_SMTP_HOST");
    }

    @Test
    void withoutAnApiKeyTheSandboxIsUsedAndNothingElseIsRequired() {
        ConnectSettings settings = ConnectSettings.fromEnvironment(Map.of());

        assertThat(settings.stackOne().usesSandbox()).isTrue();
        assertThat(settings.callers()).isEmpty();
        assertThat(settings.webhookSecrets()).isEmpty();
    }

    @Test
    void aRealKeyWithoutWebhookSecretsRefusesToStart() {
        Map<String, String> env = minimal();
        env.remove("CONNECT_WEBHOOK_SECRETS");

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env))
                .problems()).singleElement().asString().startsWith("CONNECT_WEBHOOK_SECRETS: required");
    }

    @Test
    void readsEverySetting() {
        Map<String, String> env = minimal();
        env.put("CONNECT_HTTP_HOST", "0.0.0.0");
        env.put("CONNECT_HTTP_PORT", "9090");
        env.put("CONNECT_STACKONE_BASE_URL", "https://api.eu1.stackone.test");
        env.put("CONNECT_STACKONE_CONNECT_TIMEOUT", "500ms");
        env.put("CONNECT_STACKONE_READ_TIMEOUT", "20s");
        env.put("CONNECT_STACKONE_DEADLINE", "1m");
        env.put("CONNECT_AUTH_ISSUER", "https://app.test");
        env.put("CONNECT_AUTH_AUDIENCE", "connect");
        env.put("CONNECT_AUTH_CLAIM_OWNER_ID", "tenant");
        env.put("CONNECT_ALLOWED_PROVIDERS", "hibob, bamboohr");
        env.put("CONNECT_ALLOWED_CATEGORIES", "hris");
        env.put("CONNECT_WEBHOOK_WINDOW", "2h");
        env.put("CONNECT_DATABASE_URL", "jdbc:postgresql://db.internal:5432/connect");
        env.put("CONNECT_DATABASE_USER", "connect");
        env.put("CONNECT_DATABASE_PASSWORD", "db-password");

        ConnectSettings settings = ConnectSettings.fromEnvironment(env);

        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.stackOne().baseUrl()).isEqualTo(URI.create("https://api.eu1.stackone.test"));
        assertThat(settings.stackOne().connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.stackOne().readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.stackOne().callDeadline()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.callers().orElseThrow().issuer()).contains("https://app.test");
        assertThat(settings.callers().orElseThrow().audience()).contains("connect");
        assertThat(settings.callers().orElseThrow().ownerIdClaim()).isEqualTo("tenant");
        assertThat(settings.webhookFreshness().maxAge()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.database().isPostgres()).isTrue();
        assertThat(settings.toString()).doesNotContain("db-password").doesNotContain(JWT_SECRET).doesNotContain(KEY);
        assertThat(settings.policy().allowedProviders())
                .containsExactlyInAnyOrder(new ProviderKey("hibob"), new ProviderKey("bamboohr"));
        assertThat(settings.policy().allowedCategories()).containsExactly(Category.HRIS);
    }

    @Test
    void listsEveryProblemAtOnceWithoutQuotingSecrets() {
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_HTTP_PORT", "eighty");
        env.put("CONNECT_HTTP_SERVER", "tomcat");
        env.put("CONNECT_STACKONE_API_KEY", KEY);
        env.put("CONNECT_WEBHOOK_SECRETS", "whsec");
        env.put("CONNECT_STACKONE_BASE_URL", "ftp://x");
        env.put("CONNECT_STACKONE_DEADLINE", "-3s");
        env.put("CONNECT_AUTH_JWT_SECRET", "too-short-secret");
        env.put("CONNECT_ALLOWED_CATEGORIES", "hris,payroll");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));

        assertThat(invalid.problems()).hasSize(6).anySatisfy(p -> assertThat(p).startsWith("CONNECT_HTTP_PORT"))
                .anySatisfy(p -> assertThat(p).isEqualTo("CONNECT_HTTP_SERVER: must be one of javalin, servlet"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_STACKONE_BASE_URL"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_STACKONE_DEADLINE"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_AUTH_JWT_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_ALLOWED_CATEGORIES").contains("payroll"));
        assertThat(invalid.getMessage()).doesNotContain("too-short-secret").doesNotContain(KEY);
    }

    private static final String NANGO_KEY = "3f2c8e1a-9b4d-4c6e-8f7a-1d2b3c4e5f60";

    private static Map<String, String> nango() {
        return new HashMap<>(Map.of("CONNECT_PROVIDER", "nango", "CONNECT_NANGO_SECRET_KEY", NANGO_KEY,
                "CONNECT_NANGO_WEBHOOK_SECRET", "nango-signing-key", "CONNECT_AUTH_JWT_SECRET", JWT_SECRET));
    }

    @Test
    void stackOneIsTheDefaultProviderAndNangoIsChosenWithItsKeyAndSigningKey() {
        assertThat(ConnectSettings.fromEnvironment(minimal()).provider()).isEqualTo(ConnectSettings.Provider.STACKONE);
        assertThat(ConnectSettings.fromEnvironment(Map.of()).usesSandbox()).isTrue();

        ConnectSettings settings = ConnectSettings.fromEnvironment(nango());

        assertThat(settings.provider()).isEqualTo(ConnectSettings.Provider.NANGO);
        assertThat(settings.usesSandbox()).isFalse();
        NangoOptions nango = settings.nango().orElseThrow();
        assertThat(nango.baseUrl()).isEqualTo(URI.create("https://api.nango.dev"));
        assertThat(nango.secretKey().value()).isEqualTo(NANGO_KEY);
        assertThat(nango.webhookSigningKeys()).containsExactly("nango-signing-key");
        assertThat(nango.callDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.toString()).doesNotContain(NANGO_KEY).doesNotContain("nango-signing-key")
                .doesNotContain(JWT_SECRET);
    }

    @Test
    void aSelfHostedNangoAndItsTimeoutsAndTwoSigningKeysDuringARotation() {
        Map<String, String> env = nango();
        env.put("CONNECT_NANGO_BASE_URL", "http://nango.internal:3003");
        env.put("CONNECT_NANGO_CONNECT_TIMEOUT", "2s");
        env.put("CONNECT_NANGO_READ_TIMEOUT", "15s");
        env.put("CONNECT_NANGO_DEADLINE", "30s");
        env.put("CONNECT_NANGO_WEBHOOK_SECRET", "new-key, old-key");

        NangoOptions nango = ConnectSettings.fromEnvironment(env).nango().orElseThrow();

        assertThat(nango.settings().baseUrl()).isEqualTo(URI.create("http://nango.internal:3003"));
        assertThat(nango.settings().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(nango.settings().readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(nango.settings().callDeadline()).isEqualTo(Duration.ofSeconds(30));
        assertThat(nango.webhookSigningKeys()).containsExactly("new-key", "old-key");
    }

    @Test
    void nangoWithoutItsKeysOrCallersRefusesToStartNamingEachWithoutQuotingAny() {
        Map<String, String> env = Map.of("CONNECT_PROVIDER", "nango", "CONNECT_NANGO_SECRET_KEY", "has a space",
                "CONNECT_NANGO_BASE_URL", "ftp://nango");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));

        assertThat(invalid.problems()).hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_NANGO_SECRET_KEY: the Nango secret key must"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_NANGO_WEBHOOK_SECRET: required"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_NANGO_BASE_URL: must be an http or https URL"))
                .anySatisfy(p -> assertThat(p).contains("CONNECT_AUTH_JWT_SECRET").contains("one is required"));
        assertThat(invalid.getMessage()).doesNotContain("has a space");
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(
                Map.of("CONNECT_PROVIDER", "nango", "CONNECT_NANGO_WEBHOOK_SECRET", "k", "CONNECT_AUTH_JWT_SECRET",
                        JWT_SECRET))).problems()).singleElement().asString()
                .startsWith("CONNECT_NANGO_SECRET_KEY: required");
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(
                Map.of("CONNECT_PROVIDER", "merge"))).problems()).singleElement().asString()
                .isEqualTo("CONNECT_PROVIDER: must be one of stackone, nango");
    }

    @Test
    void theOtherProvidersSettingsAreRefusedRatherThanSilentlyIgnored() {
        Map<String, String> nango = nango();
        nango.put("CONNECT_STACKONE_API_KEY", KEY);
        nango.put("CONNECT_WEBHOOK_SECRETS", "whsec");
        nango.put("CONNECT_ALLOWED_CATEGORIES", "crm");
        nango.put("CONNECT_RECONCILE_RATE_SHARE", "0.5");
        Map<String, String> stackOne = minimal();
        stackOne.put("CONNECT_NANGO_SECRET_KEY", NANGO_KEY);

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(nango))
                .problems()).hasSize(4).allSatisfy(p -> assertThat(p).contains("CONNECT_PROVIDER is nango"));
        InvalidSettingsException mixed =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(stackOne));
        assertThat(mixed.problems()).singleElement().asString()
                .startsWith("CONNECT_NANGO_SECRET_KEY: a Nango setting, but CONNECT_PROVIDER is stackone");
        assertThat(mixed.getMessage()).doesNotContain(NANGO_KEY).doesNotContain(KEY);
    }

    @Test
    void theSettingsNameNoSecretOfEitherProvider() {
        assertThat(ConnectSettings.fromEnvironment(minimal()).toString()).doesNotContain("whsec-one")
                .doesNotContain("whsec-two").doesNotContain(KEY).doesNotContain(JWT_SECRET);
    }

    @Test
    void theHttpServerIsChosenByName() {
        Map<String, String> env = minimal();
        env.put("CONNECT_HTTP_SERVER", "servlet");

        assertThat(ConnectSettings.fromEnvironment(env).httpServer()).isEqualTo(ConnectSettings.HttpServer.SERVLET);
    }

    @Test
    void requiresExactlyOneWayToVerifyCallers() {
        Map<String, String> none = minimal();
        none.remove("CONNECT_AUTH_JWT_SECRET");
        Map<String, String> two = minimal();
        two.put("CONNECT_AUTH_JWKS_URL", "https://app.test/jwks.json");

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(none))
                .problems()).singleElement().asString().contains("one is required");
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(two))
                .problems()).singleElement().asString().contains("set only one");
    }

    @Test
    void readsAPropertiesFileThatTheEnvironmentOverrides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("connect.properties");
        Files.writeString(file, "CONNECT_STACKONE_API_KEY=" + KEY + "\nCONNECT_AUTH_JWT_SECRET=" + JWT_SECRET
                + "\nCONNECT_WEBHOOK_SECRETS=whsec\nCONNECT_HTTP_PORT=7000\n");

        ConnectSettings settings = ConnectSettings.fromEnvironment(
                Map.of("CONNECT_CONFIG_FILE", file.toString(), "CONNECT_HTTP_PORT", "7001"));

        assertThat(settings.httpPort()).isEqualTo(7001);
        assertThat(settings.stackOne().apiKey().orElseThrow().value()).isEqualTo(KEY);
        assertThat(settings.toString()).doesNotContain(KEY).doesNotContain(JWT_SECRET);
    }
}
