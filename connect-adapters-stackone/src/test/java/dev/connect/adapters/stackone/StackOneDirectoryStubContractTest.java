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

/** The directory contract of the kit, against an HTTP stub of StackOne's documented API. */
class StackOneDirectoryStubContractTest extends LinkedAccountDirectoryPortContract {

    private final StackOneStub stackOne = new StackOneStub();

    @AfterEach
    void stop() {
        stackOne.close();
    }

    @Override
    protected LinkedAccountDirectoryPort directory() {
        return stackOne.adapters(StackOneStub.API_KEY).accountDirectory();
    }

    @Override
    protected LinkedAccountDirectoryPort directoryWithRefusedCredential() {
        return stackOne.adapters(StackOneStub.REFUSED_KEY).accountDirectory();
    }

    @Override
    protected List<String> secrets() {
        return List.of(StackOneStub.API_KEY, StackOneStub.REFUSED_KEY);
    }

    @Override
    protected AccountId givenLinkedAccount(String ownerId, String ownerName) {
        return new AccountId(stackOne.givenLinkedAccount(ownerId, ownerName, "bamboohr", "active"));
    }

    @Override
    protected ProviderKey arrangedProvider() {
        return new ProviderKey("bamboohr");
    }

    @Override
    protected void givenUnknownStatus(AccountId account) {
        stackOne.givenAccountStatus(account.value(), "hibernating");
    }

    @Override
    protected void givenFault(ProviderCall call, ProviderFault fault) {
        stackOne.givenFault(call, fault);
    }

    @Override
    protected OptionalInt requests(ProviderCall call) {
        return stackOne.requests(call);
    }
}
