package com.example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A team's own Spring Boot application, which serves connect's API inside its embedded Tomcat, under
 * {@value ConnectServletConfiguration#PREFIX}, beside its own endpoints ({@link GreetingController}). To run, it needs
 * connect's use cases as a {@code ConnectWebServer.Dependencies} bean: wire connect's services behind them as
 * connect's composition root does; the tests supply them.
 */
@SpringBootApplication
public class HostApplication {

    public static void main(String[] args) {
        SpringApplication.run(HostApplication.class, args);
    }
}
