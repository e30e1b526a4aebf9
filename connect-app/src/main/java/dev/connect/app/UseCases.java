package dev.connect.app;

import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.DeliverAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.ExpireAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.FindAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ListAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ResendAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.RevokeAuthLinkUseCase;
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
        CheckHealthUseCase checkHealth,
        CreateAuthLinkUseCase createAuthLink,
        ListAuthLinksUseCase listAuthLinks,
        FindAuthLinkUseCase findAuthLink,
        ResendAuthLinkUseCase resendAuthLink,
        RevokeAuthLinkUseCase revokeAuthLink,
        OpenAuthLinkUseCase openAuthLink,
        ExpireAuthLinksUseCase expireAuthLinks,
        DeliverAuthLinksUseCase deliverAuthLinks) {

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
        Objects.requireNonNull(createAuthLink, "createAuthLink");
        Objects.requireNonNull(listAuthLinks, "listAuthLinks");
        Objects.requireNonNull(findAuthLink, "findAuthLink");
        Objects.requireNonNull(resendAuthLink, "resendAuthLink");
        Objects.requireNonNull(revokeAuthLink, "revokeAuthLink");
        Objects.requireNonNull(openAuthLink, "openAuthLink");
        Objects.requireNonNull(expireAuthLinks, "expireAuthLinks");
        Objects.requireNonNull(deliverAuthLinks, "deliverAuthLinks");
    }
}
