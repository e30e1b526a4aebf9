package com.example.host;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The host application's own endpoint, served by Spring MVC beside connect's servlet. */
@RestController
class GreetingController {

    @GetMapping("/hello")
    String hello() {
        return "hello from the host application";
    }
}
