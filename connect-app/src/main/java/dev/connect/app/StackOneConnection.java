package dev.connect.app;

import dev.connect.adapters.stackone.StackOneAdapters;
import dev.connect.adapters.stackone.StackOneApiKey;
import dev.connect.adapters.stackone.StackOneSettings;
import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * StackOne as the app reaches it: the adapters, and without an API key the built-in sandbox they talk to (started
 * here, on a loopback port, sharing the webhook secrets).
 */
record StackOneConnection(Optional<StackOneSandbox> sandbox, StackOneAdapters adapters) {

    static StackOneConnection open(ConnectSettings settings, List<String> webhookSecrets, String sandboxApiKey,
                                   Clock clock) {
        if (!settings.stackOne().usesSandbox()) {
            return new StackOneConnection(Optional.empty(), StackOneAdapters.create(settings.stackOne().real(), clock));
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
            return new StackOneConnection(Optional.of(sandbox), StackOneAdapters.create(toSandbox, clock));
        } catch (RuntimeException failure) {
            sandbox.close();
            throw failure;
        }
    }
}
