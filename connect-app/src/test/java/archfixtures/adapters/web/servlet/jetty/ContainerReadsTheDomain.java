package archfixtures.adapters.web.servlet.jetty;

import archfixtures.domain.model.LeakyModel;
import org.eclipse.jetty.server.Server;

/** Wrong on purpose: the embedded container reaching past the web adapter into the domain. */
public class ContainerReadsTheDomain {

    public Server server;
    public LeakyModel model;
}
