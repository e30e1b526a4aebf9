package archfixtures.adapters.web.jetty;

import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;

/** Wrong on purpose: the Jetty pieces every binding on Jetty shares, tied to one of those bindings' libraries. */
public class JettyRunsJavalin {

    public Server server;
    public Javalin javalin;
}
