package dev.connect.adapters.nango;

import dev.connect.domain.contract.ConnectSessionPortContract;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.port.out.session.ConnectSessionPort;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;

/** The session contract of the kit, against an HTTP stub of Nango's documented API. */
class NangoConnectSessionContractTest extends ConnectSessionPortContract {

    private final NangoStub nango = new NangoStub();

    @AfterEach
    void stop() {
        nango.close();
    }

    @Override
    protected ConnectSessionPort sessions() {
        return nango.adapters(NangoStub.SECRET_KEY).connectSessions();
    }

    @Override
    protected ConnectSessionPort sessionsWithRefusedCredential() {
        return nango.adapters(NangoStub.REFUSED_KEY).connectSessions();
    }

    @Override
    protected List<String> secrets() {
        return List.of(NangoStub.SECRET_KEY, NangoStub.REFUSED_KEY);
    }

    @Override
    protected ProviderKey aProvider() {
        return new ProviderKey("hubspot");
    }

    @Override
    protected void givenFault(ProviderFault fault) {
        nango.givenFault(ProviderCall.OPEN_SESSION, fault);
    }

    @Override
    protected OptionalInt sessionRequests() {
        return nango.requests(ProviderCall.OPEN_SESSION);
    }
}
