package dev.connect.provider.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Feign over Apache HttpClient 5's classic (blocking) client: each call is sent and answered on the calling thread,
 * over a pooled kept-alive connection. It repeats nothing: automatic retries are off, so a {@code POST} is sent once,
 * and whether a call is repeated is {@link DeadlineRetryer}'s decision alone. A connection idle for a second or more is
 * checked before it is reused, so that one the provider closed meanwhile is replaced before a request is written to it,
 * not found dead after. No redirects are followed; no cookies are kept.
 *
 * <p>The answer's body is read whole before the connection goes back to the pool: the providers' answers are small
 * JSON documents, and Feign decodes them whole anyway.
 *
 * <p>Not the JDK's {@code HttpClient}, which this replaced: it hands each exchange between the calling thread and its
 * selector thread through chains of futures, and cost 145 to 255 µs of CPU per call to the sandbox where this client
 * costs 60 to 67 (one thread, 20,000 {@code POST}s of a connect session a round; docs/benchmarks.md). Not Feign's
 * default, {@code HttpURLConnection}: before each streamed {@code POST} on a kept-alive connection it probes the
 * connection with a read that must time out after 1 ms, and with a buffered body instead it silently sends a
 * {@code POST} again after a dropped connection.
 */
final class ApacheFeignClient implements Client {

    /**
     * Connections open at once per client: more than the HTTP server has request threads (Javalin's pool holds 250), so
     * that a call never waits for one. Only as many as calls overlap are ever opened.
     */
    static final int MAX_CONNECTIONS = 256;
    private static final TimeValue CHECK_AFTER_IDLE = TimeValue.ofSeconds(1);

    private final CloseableHttpClient http;

    ApacheFeignClient(Duration connectTimeout) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setValidateAfterInactivity(CHECK_AFTER_IDLE)
                                .build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpUriRequestBase sent = new HttpUriRequestBase(request.httpMethod().name(), URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            // the entity says how long the body is; a second Content-Length would be a protocol error
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> sent.addHeader(name, value));
            }
        });
        if (request.body() != null) {
            sent.setEntity(new ByteArrayEntity(request.body(), null));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(options.readTimeoutMillis()))
                // a free connection is waited for no longer than one would take to open
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(options.connectTimeoutMillis()))
                .build());
        try (ClassicHttpResponse answer = http.executeOpen(null, sent, context)) {
            HttpEntity entity = answer.getEntity();
            byte[] body = entity == null ? null : EntityUtils.toByteArray(entity);
            return Response.builder()
                    .request(request)
                    .status(answer.getCode())
                    .reason(answer.getReasonPhrase())
                    .headers(headers(answer))
                    .body(body)
                    .build();
        }
    }

    private static Map<String, Collection<String>> headers(ClassicHttpResponse answer) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : answer.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return headers;
    }
}
