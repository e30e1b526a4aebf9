package dev.connect.app;

import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import dev.connect.domain.port.out.session.ConnectSessionPort;

/**
 * What the selected linking provider contributes: its out-ports, and the route its webhooks arrive at. Inside the
 * composition root only; the out-ports never leave it.
 *
 * @param backgroundDirectory the directory reconciliation uses: paced where the provider publishes a rate limit
 */
record LinkingProvider(String webhookRoute, ConnectSessionPort sessions, LinkedAccountDirectoryPort directory,
                       LinkedAccountDirectoryPort backgroundDirectory, AccountEventDecoderPort webhooks) {
}
