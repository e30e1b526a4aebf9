package archfixtures.adapters.web.servlet.jetty;

import archfixtures.adapters.web.servlet.ServletOnJetty;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/** Right: the embedded container of the servlet binding is where Jetty meets the servlet. */
public class EmbeddedContainer {

    public ServletContextHandler context;
    public ServletOnJetty servlet;
}
