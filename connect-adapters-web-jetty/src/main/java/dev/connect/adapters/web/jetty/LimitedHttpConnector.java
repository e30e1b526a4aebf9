package dev.connect.adapters.web.jetty;

import dev.connect.adapters.web.http.ProtocolLimits;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds a Jetty server's one HTTP/1.1 connector with the {@link ProtocolLimits}, in place of the connector a library
 * on Jetty would build itself: the head deadline has to watch the connector's connections, which such a library's
 * own connector gives no access to.
 */
public final class LimitedHttpConnector {

    private LimitedHttpConnector() {
    }

    public static ServerConnector create(Server server, HttpConfiguration http, String host, int port,
                                  ProtocolLimits limits) {
        http.setRequestHeaderSize(limits.maxHeadBytes());
        // Jetty's default, not the LEGACY Javalin picks for its own router: a path that means two things ("//",
        // an encoded "/" or "..") is refused as malformed rather than routed by one of its readings.
        http.setUriCompliance(UriCompliance.DEFAULT);
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
