package archfixtures.sandbox.state;

import io.javalin.Javalin;

/** Wrong on purpose: the sandbox's state reaching for its HTTP server. */
public class ServesItself {

    public Javalin server;
}
