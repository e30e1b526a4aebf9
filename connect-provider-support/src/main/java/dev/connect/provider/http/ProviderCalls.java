package dev.connect.provider.http;

import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.FeignException;
import java.util.function.Supplier;

/** The one place where whatever escapes a provider's Feign client becomes a domain failure. */
public final class ProviderCalls {

    private ProviderCalls() {
    }

    /** Runs one call; the domain's failures pass through, anything else of Feign's is reported as unavailable. */
    public static <T> T call(ProviderName provider, Supplier<T> request) {
        try {
            return request.get();
        } catch (ConnectException failure) {
            throw failure;
        } catch (FeignException unexpected) {
            // e.g. a 2xx body that is not the JSON the provider documents: the message may quote the body, so drop it
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    provider.name() + " answered with something that is not its documented response", null, null);
        }
    }

    /** A part of an answer the provider documents as always there. */
    public static <T> T requirePresent(ProviderName provider, T value, Supplier<String> what) {
        if (value == null) {
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    provider.name() + "'s answer lacks " + what.get());
        }
        return value;
    }
}
