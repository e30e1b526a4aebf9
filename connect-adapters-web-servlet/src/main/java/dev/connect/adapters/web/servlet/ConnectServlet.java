package dev.connect.adapters.web.servlet;

import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.InboundRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Connect's whole HTTP API as one Jakarta Servlet (6.0 and later), for any servlet container: Tomcat, Jetty, Spring
 * Boot's embedded server. Map it to {@code /*}, or to a prefix such as {@code /connect/*} to serve the API under that
 * prefix beside the host application's own endpoints. Every method of every path under the mapping reaches the
 * {@link HttpDispatcher}, so routing, 404, 405, body limits, 413 and 415 are answered exactly as on every other
 * binding, as problem+json.
 *
 * <p>What the container refuses before a servlet runs (malformed HTTP, oversized heads, ...) is the container's to
 * answer; connect's own embedded servers answer those with problems too.
 */
public final class ConnectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HttpDispatcher dispatcher;

    public ConnectServlet(HttpDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /** Takes every method, including those {@link HttpServlet} would refuse with its own 405 page. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(dispatcher.dispatch(inbound(request)), response);
    }

    private static InboundRequest inbound(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return new InboundRequest(request.getMethod(), pathWithinMapping(request), request.getQueryString(), headers,
                request.getContentLengthLong(), request::getInputStream);
    }

    /**
     * The path as sent, below the context and the servlet's prefix. Not {@code getPathInfo()}: that is decoded, and
     * routes match the path as sent.
     */
    private static String pathWithinMapping(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpServletMapping mapping = request.getHttpServletMapping();
        String prefix = request.getServletPath();
        if (mapping != null && mapping.getMappingMatch() == MappingMatch.PATH && path.startsWith(prefix)) {
            path = path.substring(prefix.length());
        }
        return path.isEmpty() ? "/" : path;
    }

    private static void write(HttpResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(answer.body());
        }
    }
}
