package dev.connect.adapters.web.servlet.jetty;

import dev.connect.adapters.web.contract.HttpContract;
import dev.connect.adapters.web.http.HttpServerBinding;

/** The HTTP contract on the servlet binding, inside an embedded Jetty. */
class JettyServletHttpContractTest extends HttpContract {

    @Override
    protected HttpServerBinding binding() {
        return JettyServletHttpServer::start;
    }
}
