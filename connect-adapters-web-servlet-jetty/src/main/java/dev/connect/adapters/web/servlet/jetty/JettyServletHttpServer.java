package dev.connect.adapters.web.servlet.jetty;

import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.jetty.LimitedHttpConnector;
import dev.connect.adapters.web.jetty.ProblemErrorHandler;
import dev.connect.adapters.web.servlet.ConnectServlet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The servlet binding in an embedded Jetty 12 (Jakarta EE 10) container: {@link ConnectServlet} mapped to {@code /*},
 * behind the same limited connector and problem answers for Jetty's own refusals as the Javalin binding, so that the
 * assembled app answers alike on either.
 */
public final class JettyServletHttpServer implements HttpServerHandle {

    private final Server server;
    private final ServerConnector connector;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JettyServletHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** The {@link dev.connect.adapters.web.http.HttpServerBinding} of the servlet, as a method reference. */
    public static JettyServletHttpServer start(String host, int port, HttpDispatcher dispatcher,
                                               ProtocolLimits limits) {
        Server server = new Server();
        ServerConnector connector = LimitedHttpConnector.create(server, new HttpConfiguration(), host, port, limits);
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler(dispatcher, limits));
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder("connect", new ConnectServlet(dispatcher)), "/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception failure) {
            stop(server);
            throw new IllegalStateException("the HTTP server could not start on " + host + ":" + port, failure);
        }
        return new JettyServletHttpServer(server, connector);
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stop(server);
        }
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception failure) {
            throw new IllegalStateException("the HTTP server did not stop cleanly", failure);
        }
    }
}
