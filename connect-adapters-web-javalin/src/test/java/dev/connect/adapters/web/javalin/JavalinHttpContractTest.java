package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.contract.HttpContract;
import dev.connect.adapters.web.http.HttpServerBinding;

/** The HTTP contract on the Javalin binding. */
class JavalinHttpContractTest extends HttpContract {

    @Override
    protected HttpServerBinding binding() {
        return JavalinHttpServer::start;
    }
}
