package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.contract.ProtocolContract;
import dev.connect.adapters.web.http.HttpServerBinding;

/** The protocol limits and refusals on the Javalin binding's own Jetty server. */
class JavalinProtocolContractTest extends ProtocolContract {

    @Override
    protected HttpServerBinding binding() {
        return JavalinHttpServer::start;
    }
}
