package com.example.host;

import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.servlet.ConnectServlet;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts connect's whole HTTP API as one servlet under {@value #PREFIX}: all it takes in a Spring Boot application. */
@Configuration(proxyBeanMethods = false)
public class ConnectServletConfiguration {

    /** Where connect's API lives: StackOne's webhook URL is this plus {@code /webhooks/stackone}. */
    public static final String PREFIX = "/connect";

    @Bean
    ServletRegistrationBean<ConnectServlet> connectServlet(ConnectWebServer.Dependencies connect,
                                                           ObjectProvider<Clock> clock) {
        ConnectServlet servlet = new ConnectServlet(
                ConnectWebServer.dispatcher(connect, clock.getIfAvailable(Clock::systemUTC)));
        ServletRegistrationBean<ConnectServlet> registration = new ServletRegistrationBean<>(servlet, PREFIX + "/*");
        registration.setName("connect");
        return registration;
    }
}
