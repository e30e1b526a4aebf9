package archfixtures.adapters.web.servlet;

import archfixtures.adapters.web.javalin.JavalinSpeaksJson;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.server.Server;

/**
 * Wrong on purpose: the servlet that should run in any container reaches for Jetty, and for the other binding.
 */
public class ServletOnJetty extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public transient Server jetty;
    public transient JavalinSpeaksJson otherBinding;
}
