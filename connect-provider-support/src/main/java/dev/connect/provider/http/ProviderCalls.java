package dev.connect.provider.http;

import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import feign.FeignException;
import feign.RetryableException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** The one place where whatever escapes a provider's Feign client becomes a domain failure. */
public final class ProviderCalls {

    /**
     * Refusals that prove the provider is there and accepts the credential, even though it refused this one request:
     * rate limited (taking connect out of service would not make the provider less busy), or the request refused.
     */
    private static final Set<ErrorCode> REACHABLE = EnumSet.of(ErrorCode.UPSTREAM_RATE_LIMITED,
            ErrorCode.UPSTREAM_REJECTED);

    private ProviderCalls() {
    }

    /** Runs one call; the domain's failures pass through, anything else of Feign's is reported as unavailable. */
    public static <T> T call(ProviderName provider, Supplier<T> request) {
        try {
            return request.get();
        } catch (ConnectException failure) {
            throw failure;
        } catch (RetryableException notRetried) {
            // a client without retries (the readiness probe) gets the decoded answer as it is
            if (notRetried.getCause() instanceof ConnectException failure) {
                throw failure;
            }
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, provider.name() + " could not be reached",
                    null, null);
        } catch (FeignException unexpected) {
            // e.g. a 2xx body that is not the JSON the provider documents: the message may quote the body, so drop it
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    provider.name() + " answered with something that is not its documented response", null, null);
        }
    }

    /**
     * Whether the provider answered the readiness check's one request: yes when it succeeded or was refused in a way
     * that shows the provider there and the credential accepted; no for refused credentials, 5xx answers, timeouts
     * and connections that failed.
     */
    public static boolean reachable(Runnable probe) {
        try {
            probe.run();
            return true;
        } catch (ConnectException refused) {
            return REACHABLE.contains(refused.code());
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
