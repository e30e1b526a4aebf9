package dev.connect.sandbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone: {@code java -jar connect-sandbox-…-standalone.jar [--port=4010] …}. Every option
 * can also come from the environment ({@code --port} ↔ {@code SANDBOX_PORT}, {@code --api-key} ↔
 * {@code SANDBOX_API_KEY}, …); arguments win.
 */
public final class SandboxMain {

    private static final List<String[]> OPTIONS = List.of(
            new String[] {"host", "SANDBOX_HOST", "interface to bind (default 127.0.0.1)"},
            new String[] {"port", "SANDBOX_PORT", "port (default 4010; 0 = any free port)"},
            new String[] {"api-key", "SANDBOX_API_KEY", "API key the REST API accepts (default "
                    + SandboxSettings.DEFAULT_API_KEY + ")"},
            new String[] {"webhook-urls", "SANDBOX_WEBHOOK_URLS", "comma-separated webhook target URLs"},
            new String[] {"webhook-secrets", "SANDBOX_WEBHOOK_SECRETS", "comma-separated signing secrets; the "
                    + "first signs (default " + SandboxSettings.DEFAULT_WEBHOOK_SECRET + ")"},
            new String[] {"bad-credentials", "SANDBOX_BAD_CREDENTIALS", "credential value rejected like a provider "
                    + "would (default " + SandboxSettings.DEFAULT_BAD_CREDENTIALS + ")"},
            new String[] {"state-file", "SANDBOX_STATE_FILE", "JSON file keeping accounts across restarts"},
            new String[] {"public-url", "SANDBOX_PUBLIC_URL", "base URL used in auth links, if not the bound one"},
            new String[] {"organization-id", "SANDBOX_ORGANIZATION_ID", "organization id, a number (default 1)"},
            new String[] {"project-id", "SANDBOX_PROJECT_ID", "project id (default sandbox-project)"},
            new String[] {"webhook-max-attempts", "SANDBOX_WEBHOOK_MAX_ATTEMPTS", "attempts per webhook (default 5)"},
            new String[] {"webhook-backoff-ms", "SANDBOX_WEBHOOK_BACKOFF_MS", "first retry delay (default 500)"});

    static final int DEFAULT_PORT = 4010;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/connect/sandbox/standalone-logback.xml");
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(usage());
            return;
        }
        SandboxSettings settings;
        try {
            settings = settings(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot start the sandbox: " + e.getMessage() + "\n\n" + usage());
            System.exit(2);
            return;
        }
        StackOneSandbox sandbox = StackOneSandbox.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println(banner(sandbox));
        stopped.await();
    }

    static SandboxSettings settings(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        for (String[] option : OPTIONS) {
            String fromEnv = env.get(option[1]);
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(option[0], fromEnv.trim());
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (use --name=value)");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (OPTIONS.stream().noneMatch(o -> o[0].equals(name))) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.put(name, arg.substring(arg.indexOf('=') + 1).trim());
        }
        SandboxSettings.Builder builder = SandboxSettings.builder().port(DEFAULT_PORT);
        values.forEach((name, value) -> apply(builder, name, value));
        return builder.build();
    }

    private static void apply(SandboxSettings.Builder builder, String name, String value) {
        switch (name) {
            case "host" -> builder.host(value);
            case "port" -> builder.port(integer(name, value));
            case "api-key" -> builder.apiKey(value);
            case "webhook-urls" -> builder.webhookTargets(list(value).stream().map(URI::create).toList());
            case "webhook-secrets" -> builder.webhookSecrets(list(value));
            case "bad-credentials" -> builder.badCredentialsValue(value);
            case "state-file" -> builder.stateFile(Path.of(value));
            case "public-url" -> builder.publicUrl(URI.create(value));
            case "organization-id" -> builder.organizationId(integer(name, value));
            case "project-id" -> builder.projectId(value);
            case "webhook-max-attempts" -> builder.webhookMaxAttempts(integer(name, value));
            case "webhook-backoff-ms" -> builder.webhookInitialBackoff(Duration.ofMillis(integer(name, value)));
            default -> throw new IllegalArgumentException("unknown option --" + name);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number");
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("StackOne sandbox — options (argument / environment variable):\n");
        for (String[] option : OPTIONS) {
            text.append(String.format("  --%-22s %-30s %s%n", option[0] + "=…", option[1], option[2]));
        }
        return text.toString();
    }

    /** What runs where; never prints the API key's or the secrets' values unless they are the defaults. */
    static String banner(StackOneSandbox sandbox) {
        SandboxSettings s = sandbox.settings();
        boolean defaultKey = s.apiKey().equals(SandboxSettings.DEFAULT_API_KEY);
        boolean defaultSecret = s.webhookSecrets().equals(List.of(SandboxSettings.DEFAULT_WEBHOOK_SECRET));
        String base = sandbox.baseUrl().toString();
        return "\n=== StackOne sandbox running ===\n"
                + "  REST API        " + base + "  (Basic auth: API key as user, empty password"
                + (defaultKey ? "; key " + s.apiKey() : "; key from your settings") + ")\n"
                + "  Hub API         " + base + "/hub/*  (the genuine <stackone-hub> with base-url=" + base + ")\n"
                + "  Hosted Hub      " + base + "/connect/hub?token=<session token>  (= auth_link_url)\n"
                + "  Hub component   " + sandbox.hubComponentUrl()
                + (StackOneSandbox.hubComponentBundled() ? "" : "  (NOT bundled: build with Maven)") + "\n"
                + "  Webhooks        " + (s.webhookTargets().isEmpty() ? "no targets yet (POST /_sandbox/webhooks/targets)"
                        : s.webhookTargets()) + ", signed with "
                + (defaultSecret ? "secret " + SandboxSettings.DEFAULT_WEBHOOK_SECRET : "your first secret") + "\n"
                + "  Delivery log    " + base + "/_sandbox/webhooks/deliveries\n"
                + "  Faults          " + base + "/_sandbox/faults, " + base + "/_sandbox/webhooks/faults\n"
                + "  Bad credentials \"" + s.badCredentialsValue() + "\" in any Hub field is rejected like a provider would\n"
                + "  State           " + s.stateFile().map(p -> p.toAbsolutePath().toString()).orElse("in memory only")
                + "\n";
    }
}
