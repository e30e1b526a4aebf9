package dev.connect.adapters.nango;

import dev.connect.domain.contract.LinkedAccountDirectoryPortContract;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;

/** The directory contract of the kit, against an HTTP stub of Nango's documented API. */
class NangoDirectoryContractTest extends LinkedAccountDirectoryPortContract {

    private final NangoStub nango = new NangoStub();
    private int connections;

    @AfterEach
    void stop() {
        nango.close();
    }

    @Override
    protected LinkedAccountDirectoryPort directory() {
        return nango.adapters(NangoStub.SECRET_KEY).accountDirectory();
    }

    @Override
    protected LinkedAccountDirectoryPort directoryWithRefusedCredential() {
        return nango.adapters(NangoStub.REFUSED_KEY).accountDirectory();
    }

    @Override
    protected List<String> secrets() {
        return List.of(NangoStub.SECRET_KEY, NangoStub.REFUSED_KEY);
    }

    @Override
    protected AccountId givenLinkedAccount(String ownerId, String ownerName) {
        String id = "8c0f2d6e-1b3a-4f5c-9d7e-00000000000" + (++connections);
        nango.givenLinkedConnection(id, "hubspot", ownerId, ownerName);
        return new AccountId(id);
    }

    @Override
    protected ProviderKey arrangedProvider() {
        return new ProviderKey("hubspot");
    }

    /** An error type Nango adds later, beside {@code auth} and {@code sync}. */
    @Override
    protected void givenUnknownStatus(AccountId account) {
        nango.givenConnection(account.value(), "hubspot", Map.of("organization_id", "tenant-kit"),
                List.of("quota"));
    }

    /** An integration whose id Nango allows and connect's provider keys do not (upper case, a space). */
    @Override
    protected Optional<String> givenAccountConnectCannotRepresent() {
        nango.givenConnection("conn-foreign", "Google Drive", Map.of("organization_id", "tenant-kit"), List.of());
        return Optional.of("conn-foreign");
    }

    @Override
    protected void givenFault(ProviderCall call, ProviderFault fault) {
        nango.givenFault(call, fault);
    }

    @Override
    protected OptionalInt requests(ProviderCall call) {
        return nango.requests(call);
    }
}
