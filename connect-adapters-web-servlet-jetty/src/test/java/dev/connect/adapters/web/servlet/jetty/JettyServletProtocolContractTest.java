package dev.connect.adapters.web.servlet.jetty;

import dev.connect.adapters.web.contract.ProtocolContract;
import dev.connect.adapters.web.http.HttpServerBinding;

/** The protocol limits and refusals on the servlet binding's embedded Jetty. */
class JettyServletProtocolContractTest extends ProtocolContract {

    @Override
    protected HttpServerBinding binding() {
        return JettyServletHttpServer::start;
    }
}
