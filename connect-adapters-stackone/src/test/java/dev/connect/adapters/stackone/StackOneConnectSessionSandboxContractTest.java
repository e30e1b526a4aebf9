package dev.connect.adapters.stackone;

import dev.connect.domain.contract.ConnectSessionPortContract;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;

/** The session contract of the kit, against the StackOne sandbox: the adapter and the sandbox check each other. */
class StackOneConnectSessionSandboxContractTest extends ConnectSessionPortContract {

    private final StackOneSandboxStand stackOne = new StackOneSandboxStand();

    @AfterEach
    void stop() {
        stackOne.close();
    }

    @Override
    protected ConnectSessionPort sessions() {
        return stackOne.adapters(stackOne.apiKey()).connectSessions();
    }

    @Override
    protected ConnectSessionPort sessionsWithRefusedCredential() {
        return stackOne.adapters(StackOneSandboxStand.REFUSED_KEY).connectSessions();
    }

    @Override
    protected List<String> secrets() {
        return List.of(stackOne.apiKey(), StackOneSandboxStand.REFUSED_KEY);
    }

    @Override
    protected ProviderKey aProvider() {
        return new ProviderKey("bamboohr");
    }

    @Override
    protected void givenFault(ProviderFault fault) {
        stackOne.givenFault(ProviderCall.OPEN_SESSION, fault);
    }

    @Override
    protected OptionalInt sessionRequests() {
        return OptionalInt.empty();
    }
}
