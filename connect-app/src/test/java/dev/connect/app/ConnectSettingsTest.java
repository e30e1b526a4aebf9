package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.session.Category;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import dev.connect.adapters.stackone.OwnerRateLimit;
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
        assertThat(settings.database().url()).startsWith("jdbc:h2:file:./data/connect");
        assertThat(settings.operatorApiKey()).isEmpty();
        assertThat(settings.reconciliation().interval()).as("off unless set").isEmpty();
        assertThat(settings.reconciliation().rateShare().value()).isEqualTo(0.2);
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
