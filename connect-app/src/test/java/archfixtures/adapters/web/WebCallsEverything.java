package archfixtures.adapters.web;

import archfixtures.adapters.stackone.StackOneThing;
import archfixtures.domain.port.out.SomePort;
import feign.Feign;
import io.javalin.Javalin;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;

/**
 * Wrong on purpose: a web class that uses another adapter, Feign, Javalin and the Servlet API outside the bindings,
 * JDBC and an out port.
 */
public class WebCallsEverything {

    public StackOneThing stackOne;
    public Feign feign;
    public Javalin javalin;
    public HttpServletRequest servletRequest;
    public Connection connection;
    public SomePort port;
}
