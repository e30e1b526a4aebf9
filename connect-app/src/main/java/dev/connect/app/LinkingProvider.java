package dev.connect.app;

import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.util.function.BooleanSupplier;

/**
 * What the selected linking provider contributes: its out-ports, its readiness check, and its name, which is also the
 * route its webhooks arrive at and the dependency readiness reports. Inside the composition root only; the out-ports
 * never leave it.
 *
 * @param name                {@code stackone} or {@code nango}
 * @param backgroundDirectory the directory reconciliation uses: paced where the provider publishes a rate limit
 * @param reachable           whether the provider answers and accepts connect's credential now (one quick call)
 */
record LinkingProvider(String name, ConnectSessionPort sessions, LinkedAccountDirectoryPort directory,
                       LinkedAccountDirectoryPort backgroundDirectory, AccountEventDecoderPort webhooks,
                       BooleanSupplier reachable) {
}
