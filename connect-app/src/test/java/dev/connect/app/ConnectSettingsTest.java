package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.Category;
import dev.connect.domain.model.ProviderKey;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectSettingsTest {

    static final String KEY = "v1.eu1.a-very-secret-api-key";
    static final String JWT_SECRET = "a-shared-secret-of-at-least-32-bytes!!";

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("CONNECT_STACKONE_API_KEY", KEY, "CONNECT_AUTH_JWT_SECRET", JWT_SECRET));
    }

    @Test
    void defaultsAreSane() {
        ConnectSettings settings = ConnectSettings.fromEnvironment(minimal());

        assertThat(settings.httpHost()).isEqualTo("127.0.0.1");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.stackOne().baseUrl()).isEqualTo(URI.create("https://api.stackone.com"));
        assertThat(settings.stackOne().callDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.callers().ownerIdClaim()).isEqualTo("org_id");
        assertThat(settings.policy().restrictsProviders()).isFalse();
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

        ConnectSettings settings = ConnectSettings.fromEnvironment(env);

        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.stackOne().baseUrl()).isEqualTo(URI.create("https://api.eu1.stackone.test"));
        assertThat(settings.stackOne().connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.stackOne().readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.stackOne().callDeadline()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.callers().issuer()).contains("https://app.test");
        assertThat(settings.callers().audience()).contains("connect");
        assertThat(settings.callers().ownerIdClaim()).isEqualTo("tenant");
        assertThat(settings.policy().allowedProviders())
                .containsExactlyInAnyOrder(new ProviderKey("hibob"), new ProviderKey("bamboohr"));
        assertThat(settings.policy().allowedCategories()).containsExactly(Category.HRIS);
    }

    @Test
    void listsEveryProblemAtOnceWithoutQuotingSecrets() {
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_HTTP_PORT", "eighty");
        env.put("CONNECT_STACKONE_BASE_URL", "ftp://x");
        env.put("CONNECT_STACKONE_DEADLINE", "-3s");
        env.put("CONNECT_AUTH_JWT_SECRET", "too-short-secret");
        env.put("CONNECT_ALLOWED_CATEGORIES", "hris,payroll");

        InvalidSettingsException invalid =
                catchThrowableOfType(InvalidSettingsException.class, () -> ConnectSettings.fromEnvironment(env));

        assertThat(invalid.problems()).hasSize(6).anySatisfy(p -> assertThat(p).startsWith("CONNECT_HTTP_PORT"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_STACKONE_API_KEY"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_STACKONE_BASE_URL"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_STACKONE_DEADLINE"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_AUTH_JWT_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("CONNECT_ALLOWED_CATEGORIES").contains("payroll"));
        assertThat(invalid.getMessage()).doesNotContain("too-short-secret");
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
                + "\nCONNECT_HTTP_PORT=7000\n");

        ConnectSettings settings = ConnectSettings.fromEnvironment(
                Map.of("CONNECT_CONFIG_FILE", file.toString(), "CONNECT_HTTP_PORT", "7001"));

        assertThat(settings.httpPort()).isEqualTo(7001);
        assertThat(settings.stackOne().apiKey().value()).isEqualTo(KEY);
        assertThat(settings.toString()).doesNotContain(KEY).doesNotContain(JWT_SECRET);
    }
}
