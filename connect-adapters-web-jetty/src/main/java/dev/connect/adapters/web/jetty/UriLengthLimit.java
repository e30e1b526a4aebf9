package dev.connect.adapters.web.jetty;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Refuses a request target (path and query) longer than the limit with 414 before it is routed. Jetty itself refuses
 * a URI only when it overflows the whole head limit, which would leave the documented URI limit at "whatever room the
 * header fields leave". The refusal goes through Jetty's error handler, like Jetty's own 414.
 */
final class UriLengthLimit implements HttpConfiguration.Customizer {

    private final int maxBytes;

    UriLengthLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        String target = request.getHttpURI().getPathQuery();
        // bytes, not characters: a target that is not pure ASCII has more of the former
        if (target != null && target.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new HttpException.RuntimeException(HttpStatus.URI_TOO_LONG_414);
        }
        return request;
    }
}
