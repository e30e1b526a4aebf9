package com.example.host;

import dev.connect.adapters.web.contract.HttpContract;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.servlet.ConnectServlet;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The HTTP contract on a third binding, written as the guide says: connect's servlet in Spring Boot's embedded Tomcat,
 * with Spring MVC beside it. The binding is the few lines below; the suite is unchanged.
 */
class SpringBootHttpContractTest extends HttpContract {

    @Override
    protected HttpServerBinding binding() {
        return (host, port, dispatcher, limits) -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ServletContainer.class)
                    .properties("server.address=" + host, "server.port=" + port, "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                    .initializers(created -> ((GenericApplicationContext) created).registerBean("connect",
                            ServletRegistrationBean.class, () -> new ServletRegistrationBean<>(
                                    new ConnectServlet(dispatcher), "/*")))
                    .run();
            int boundPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new HttpServerHandle() {
                @Override
                public int port() {
                    return boundPort;
                }

                @Override
                public void close() {
                    context.close();
                }
            };
        };
    }

    /** Spring Boot's auto-configuration alone: Tomcat, Spring MVC, and the servlet registered above. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ServletContainer {
    }
}
