package dev.connect.app;

import dev.connect.adapters.nango.NangoAdapters;
import dev.connect.adapters.nango.webhook.NangoWebhookDecoder;
import dev.connect.adapters.stackone.StackOneAdapters;
import dev.connect.adapters.stackone.StackOneApiKey;
import dev.connect.adapters.stackone.StackOneSettings;
import dev.connect.adapters.stackone.webhook.StackOneWebhookDecoder;
import dev.connect.adapters.web.webhook.AccountWebhooks;
import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The linking provider as the app reaches it: its adapters, and in the embedded default the built-in sandbox they talk
 * to (started here, on a loopback port, sharing the webhook secrets).
 */
record ProviderConnection(Optional<StackOneSandbox> sandbox, LinkingProvider provider) {

    static ProviderConnection open(ConnectSettings settings, List<String> webhookSecrets, String sandboxApiKey,
                                   Clock clock, MeterRegistry meters) {
        if (settings.provider() == ConnectSettings.Provider.NANGO) {
            return new ProviderConnection(Optional.empty(), nango(settings.nango().orElseThrow(), clock, meters));
        }
        if (!settings.usesSandbox()) {
            return new ProviderConnection(Optional.empty(),
                    stackOne(settings.stackOne().real(), webhookSecrets, settings, clock, meters));
        }
        StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.builder()
                .host("127.0.0.1")
                .port(settings.sandbox().port())
                .apiKey(sandboxApiKey)
                .webhookSecrets(webhookSecrets)
                .stateFile(settings.sandbox().stateFile().orElse(null))
                .build());
        try {
            StackOneSettings toSandbox = settings.stackOne().settingsFor(sandbox.baseUrl(),
                    new StackOneApiKey(sandbox.apiKey()));
            return new ProviderConnection(Optional.of(sandbox),
                    stackOne(toSandbox, webhookSecrets, settings, clock, meters));
        } catch (RuntimeException failure) {
            sandbox.close();
            throw failure;
        }
    }

    private static LinkingProvider stackOne(StackOneSettings stackOneSettings, List<String> webhookSecrets,
                                            ConnectSettings settings, Clock clock, MeterRegistry meters) {
        StackOneAdapters stackOne = StackOneAdapters.create(stackOneSettings, clock, meters);
        return new LinkingProvider(AccountWebhooks.STACKONE, stackOne.connectSessions(), stackOne.accountDirectory(),
                stackOne.pacedAccountDirectory(settings.reconciliation().rateShare()),
                new StackOneWebhookDecoder(webhookSecrets), stackOne::isReachable);
    }

    /** Nango publishes no rate limit (it depends on the plan): reconciliation is not paced, Retry-After is honoured. */
    private static LinkingProvider nango(NangoOptions options, Clock clock, MeterRegistry meters) {
        NangoAdapters nango = NangoAdapters.create(options.settings(), clock, meters);
        return new LinkingProvider(AccountWebhooks.NANGO, nango.connectSessions(), nango.accountDirectory(),
                nango.accountDirectory(), new NangoWebhookDecoder(options.webhookSigningKeys()), nango::isReachable);
    }
}
