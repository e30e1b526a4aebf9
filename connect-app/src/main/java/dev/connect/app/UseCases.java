package dev.connect.app;

import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.PurgeWebhookInboxUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.util.Objects;

/**
 * Every use case of the assembled app, as its in-port: what the HTTP API drives, and all that an embedder (or a test)
 * may call. Out-ports stay inside the hexagon.
 */
public record UseCases(
        CreateConnectSessionUseCase createConnectSession,
        ReceiveAccountEventUseCase receiveAccountEvent,
        PurgeWebhookInboxUseCase purgeWebhookInbox,
        FindLinkedAccountUseCase findLinkedAccount,
        ListLinkedAccountsUseCase listLinkedAccounts,
        CheckLinkedAccountUseCase checkLinkedAccount,
        DisconnectLinkedAccountUseCase disconnectLinkedAccount,
        ReconcileLinkedAccountsUseCase reconcileLinkedAccounts,
        CheckHealthUseCase checkHealth) {

    public UseCases {
        Objects.requireNonNull(createConnectSession, "createConnectSession");
        Objects.requireNonNull(receiveAccountEvent, "receiveAccountEvent");
        Objects.requireNonNull(purgeWebhookInbox, "purgeWebhookInbox");
        Objects.requireNonNull(findLinkedAccount, "findLinkedAccount");
        Objects.requireNonNull(listLinkedAccounts, "listLinkedAccounts");
        Objects.requireNonNull(checkLinkedAccount, "checkLinkedAccount");
        Objects.requireNonNull(disconnectLinkedAccount, "disconnectLinkedAccount");
        Objects.requireNonNull(reconcileLinkedAccounts, "reconcileLinkedAccounts");
        Objects.requireNonNull(checkHealth, "checkHealth");
    }
}
