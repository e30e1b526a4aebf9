package archfixtures.sandbox.http;

import io.javalin.Javalin;

/** Right: the sandbox's http package is where Javalin belongs. */
public class Routes {

    public Javalin server;
}
