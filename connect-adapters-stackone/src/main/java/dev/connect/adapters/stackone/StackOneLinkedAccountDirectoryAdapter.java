package dev.connect.adapters.stackone;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.util.Optional;

/** Reads one linked account with StackOne's {@code GET /accounts/{id}}. */
public final class StackOneLinkedAccountDirectoryAdapter implements LinkedAccountDirectoryPort {

    private final StackOneClient client;

    StackOneLinkedAccountDirectoryAdapter(StackOneClient client) {
        this.client = client;
    }

    @Override
    public Optional<DirectoryAccount> find(AccountId id) {
        try {
            return Optional.of(StackOneWireMapper.INSTANCE.toDomain(client.call(api -> api.getAccount(id.value()))));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        } catch (InvalidRequestException | NullPointerException incomplete) {
            // StackOne's answer broke a rule of the model: that is StackOne's fault, not the caller's.
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "StackOne's account answer is incomplete", null, null);
        }
    }
}
