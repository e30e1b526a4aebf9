package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.http.ProtocolLimits;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds the server's one HTTP/1.1 connector with the {@link ProtocolLimits}, in place of Javalin's default connector:
 * the head deadline has to watch the connector's connections, which Javalin's own connector gives no access to.
 */
final class LimitedHttpConnector {

    private LimitedHttpConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, String host, int port,
                                  ProtocolLimits limits) {
        http.setRequestHeaderSize(limits.maxHeadBytes());
        // Naming the server's version helps nobody but those looking for a version with a known hole.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);

        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());

        RequestHeadDeadline headDeadline = new RequestHeadDeadline(connector.getScheduler(), limits.headTimeout());
        connector.addEventListener(headDeadline);
        // The deadline first: its clock must stop for every complete head, even one the URI limit then refuses.
        List<HttpConfiguration.Customizer> customizers =
                new ArrayList<>(List.of(headDeadline, new UriLengthLimit(limits.maxUriBytes())));
        customizers.addAll(http.getCustomizers());
        http.setCustomizers(customizers);
        return connector;
    }
}
