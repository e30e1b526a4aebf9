package dev.connect.adapters.stackone;

import dev.connect.domain.contract.LinkedAccountDirectoryPortContract;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;

/** The directory contract of the kit, against the StackOne sandbox: accounts linked as the Hub links them. */
class StackOneDirectorySandboxContractTest extends LinkedAccountDirectoryPortContract {

    private final StackOneSandboxStand stackOne = new StackOneSandboxStand();

    @AfterEach
    void stop() {
        stackOne.close();
    }

    @Override
    protected LinkedAccountDirectoryPort directory() {
        return stackOne.adapters(stackOne.apiKey()).accountDirectory();
    }

    @Override
    protected LinkedAccountDirectoryPort directoryWithRefusedCredential() {
        return stackOne.adapters(StackOneSandboxStand.REFUSED_KEY).accountDirectory();
    }

    @Override
    protected List<String> secrets() {
        return List.of(stackOne.apiKey(), StackOneSandboxStand.REFUSED_KEY);
    }

    /** A new owner name each time: the same owner, name and provider would re-link the same account. */
    @Override
    protected AccountId givenLinkedAccount(String ownerId, String ownerName) {
        return new AccountId(stackOne.givenLinkedAccount(ownerId, ownerName, "bamboohr"));
    }

    @Override
    protected ProviderKey arrangedProvider() {
        return new ProviderKey("bamboohr");
    }

    @Override
    protected void givenUnknownStatus(AccountId account) {
        stackOne.sandbox().setAccountStatus(account.value(), "hibernating", null);
    }

    @Override
    protected void givenFault(ProviderCall call, ProviderFault fault) {
        stackOne.givenFault(call, fault);
    }

    @Override
    protected OptionalInt requests(ProviderCall call) {
        return OptionalInt.empty();
    }
}
