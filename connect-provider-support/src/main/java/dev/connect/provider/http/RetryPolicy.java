package dev.connect.provider.http;

import feign.Request;

/**
 * Which answers of a provider a call may be repeated after: the ones the provider did not act on (429, 408), and
 * server errors of idempotent calls. Never 400, 401, 403, 404, 409 or 422, and never a server error of a {@code POST},
 * which the provider may have acted on before it failed.
 */
public final class RetryPolicy {

    private RetryPolicy() {
    }

    public static boolean mayRepeatAfter(int status, Request.HttpMethod method) {
        if (status == 429 || status == 408) {
            return true;
        }
        return status >= 500 && isIdempotent(method);
    }

    /**
     * A call that has the same effect once or twice: a read, and a delete (a repeated delete finds the account gone,
     * which the adapters read as deleted). A {@code POST} opens a session each time and is never among them.
     */
    public static boolean isIdempotent(Request.HttpMethod method) {
        return method == Request.HttpMethod.GET || method == Request.HttpMethod.DELETE;
    }
}
