package dev.connect.app;

import dev.connect.adapters.web.auth.DevelopmentTokenIssuer;
import dev.connect.adapters.web.webhook.AccountWebhooks;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase.Command;
import dev.connect.sandbox.StackOneSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one block printed at start-up: what runs where, and in sandbox mode what to open and how to call the API. */
final class StartupBanner {

    static final String DEMO_OWNER_ID = "demo-tenant";
    static final String DEMO_OWNER_NAME = "Demo Tenant";
    static final String DEMO_USER = "developer@demo.test";

    private StartupBanner() {
    }

    static String describe(ConnectSettings settings, ConnectApplication app, Clock clock) {
        String api = "http://" + displayHost(settings.httpHost()) + ":" + app.httpPort();
        StringBuilder out = new StringBuilder("\n");
        if (app.sandbox().isEmpty()) {
            boolean nango = settings.provider() == ConnectSettings.Provider.NANGO;
            out.append("connect is running against ").append(nango
                    ? "Nango at " + settings.nango().orElseThrow().baseUrl()
                    : "StackOne at " + settings.stackOne().baseUrl()).append('\n');
            out.append(apiLine(settings, api));
            out.append(operationsLines(settings, api));
            out.append("  Webhooks   ").append(api).append(AccountWebhooks.path(nango ? AccountWebhooks.NANGO
                    : AccountWebhooks.STACKONE)).append('\n');
            out.append("  Database   ").append(settings.database().redactedUrl()).append('\n');
            out.append("  Operator   ").append(settings.operatorApiKey().isPresent()
                    ? api + "/v1/admin/  (Bearer CONNECT_OPERATOR_API_KEY)"
                    : "not configured: set CONNECT_OPERATOR_API_KEY to use /v1/admin/").append('\n');
            out.append("  Reconcile  ").append(reconciliation(settings)).append('\n');
            if (app.servesPage()) {
                out.append("  Page       ").append(api)
                        .append("/   (link and manage accounts; paste a caller token, there is no demo sign-in)\n");
            }
            out.append("  Auth links ").append(settings.authLinks().smtp()
                    .map(smtp -> "mailed through " + smtp.host() + ":" + smtp.port() + " from " + smtp.from())
                    .orElse("not deliverable: set CONNECT_SMTP_HOST and CONNECT_MAIL_FROM")).append('\n');
            examples(app, api).ifPresent(out::append);
            return out.toString();
        }
        StackOneSandbox sandbox = app.sandbox().orElseThrow();
        out.append("connect is running with its built-in StackOne sandbox (no CONNECT_STACKONE_API_KEY is set)\n");
        pageLink(app, api).ifPresent(out::append);
        out.append(apiLine(settings, api));
        out.append(operationsLines(settings, api));
        out.append("  Sandbox    ").append(sandbox.baseUrl())
                .append("   (StackOne REST and Hub API; faults and webhook log under /_sandbox/)\n");
        out.append("  Webhooks   sandbox -> ").append(api)
                .append("/webhooks/stackone, signed with a generated secret\n");
        out.append("  Database   ").append(settings.database().redactedUrl()).append('\n');
        examples(app, api).ifPresent(out::append);
        demoLink(app, sandbox).ifPresent(link -> out.append("\n  Or link an account for tenant '").append(DEMO_OWNER_ID)
                .append("' on the sandbox's hosted Hub page (valid 1 hour):\n    ")
                .append(link).append('\n'));
        demoToken(app, clock).ifPresent(token -> {
            out.append("\n  Call the API as tenant '").append(DEMO_OWNER_ID).append("' (development token, valid 12 hours):\n")
                    .append("    curl -X POST ").append(api).append("/v1/connect-sessions -H 'Authorization: Bearer ")
                    .append(token).append("'\n")
                    .append("    curl ").append(api).append("/v1/accounts -H 'Authorization: Bearer ")
                    .append(token).append("'\n");
        });
        app.generatedOperatorKey().ifPresent(key -> out
                .append("\n  Reconcile the registry with the sandbox now (generated operator key; ")
                .append(reconciliation(settings)).append("):\n")
                .append("    curl -X POST ").append(api).append("/v1/admin/reconciliations -H 'Authorization: Bearer ")
                .append(key.value()).append("'\n")
                .append("\n  Send an auth link (").append(settings.authLinks().smtp().isPresent()
                        ? "mailed through CONNECT_SMTP_HOST" : "kept in the outbox, not mailed").append("):\n")
                .append("    curl -X POST ").append(api).append("/v1/admin/auth-links -H 'Authorization: Bearer ")
                .append(key.value()).append("' -H 'Content-Type: application/json' -d '{\"ownerId\": \"")
                .append(DEMO_OWNER_ID).append("\", \"ownerName\": \"").append(DEMO_OWNER_NAME)
                .append("\", \"recipientEmail\": \"").append(DEMO_USER).append("\"}'\n")
                .append(settings.authLinks().smtp().isPresent() ? "" : "    curl " + api
                        + "/v1/admin/outbox -H 'Authorization: Bearer " + key.value() + "'\n"));
        return out.toString();
    }

    /** The first thing to open: connect's page, and what to do there. */
    private static Optional<String> pageLink(ConnectApplication app, String api) {
        if (!app.servesPage()) {
            return Optional.empty();
        }
        return Optional.of("\n  Open " + api + "/ to link an account: "
                + (app.hasDemoSignIn() ? "sign in as a demo customer, press \"Connect an account\""
                        : "paste a caller token, press \"Connect an account\"")
                + " and pick a provider in StackOne's Hub\n  (the sandbox takes any key of the right shape). "
                + "Check, re-authenticate and disconnect it there too.\n\n");
    }

    private static Optional<String> examples(ConnectApplication app, String api) {
        if (!app.servesExamples()) {
            return Optional.empty();
        }
        return Optional.of("  Examples   " + api + Frontends.EXAMPLES_PREFIX
                + "/   (StackOne's React Hub and connect.js"
                + (app.hasDemoSignIn() ? ", with a demo sign-in" : "") + ")\n");
    }

    private static String apiLine(ConnectSettings settings, String api) {
        return "  API        " + api + "   (OpenAPI: " + api + "/openapi.yaml, browsable at " + api
                + "/docs; HTTP server: " + settings.httpServer().name().toLowerCase(Locale.ROOT) + ")\n";
    }

    private static String operationsLines(ConnectSettings settings, String api) {
        OperationsOptions operations = settings.operations();
        return "  Probes     " + api + "/health/live, " + api + "/health/ready\n"
                + "  Metrics    " + api + "/metrics   (Prometheus"
                + (operations.metricsAccess() == dev.connect.adapters.web.metrics.MetricsAccess.OPERATOR
                        ? "; Bearer operator key" : "") + "; logs: "
                + operations.logFormat().name().toLowerCase(Locale.ROOT) + ")\n";
    }

    private static String reconciliation(ConnectSettings settings) {
        String share = settings.provider() == ConnectSettings.Provider.NANGO
                ? "Nango's pace (it publishes no rate limit; its Retry-After is honoured)"
                : Math.round(settings.reconciliation().rateShare().value() * 100) + "% of StackOne's rate limit";
        return settings.reconciliation().interval()
                .map(interval -> "every " + interval.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                        + " after the last run, at " + share)
                .orElse("on demand only, at " + share);
    }

    /** A session for the demo tenant, opened through the use case like any other, for its hosted Hub link. */
    private static Optional<String> demoLink(ConnectApplication app, StackOneSandbox sandbox) {
        try {
            ConnectSession session = app.useCases().createConnectSession().create(new Command(new ConnectSessionRequest(
                    new EndUser(new Owner(new OwnerId(DEMO_OWNER_ID), new OwnerName(DEMO_OWNER_NAME)),
                            Optional.of(new UserName(DEMO_USER))),
                    Optional.empty(), Set.of(), Optional.empty(), true, Optional.empty(), Metadata.EMPTY,
                    SessionLifetime.ofSeconds(3600))));
            return session.authLinkUrl().map(Object::toString);
        } catch (RuntimeException failure) {
            return Optional.empty();
        }
    }

    /** A bearer token for the demo tenant, when the sandbox runs without configured caller keys. */
    private static Optional<String> demoToken(ConnectApplication app, Clock clock) {
        return app.generatedCallers().map(callers -> new DevelopmentTokenIssuer(callers).issue(DEMO_OWNER_ID,
                DEMO_OWNER_NAME, DEMO_USER, Duration.ofHours(12), clock.instant()));
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
