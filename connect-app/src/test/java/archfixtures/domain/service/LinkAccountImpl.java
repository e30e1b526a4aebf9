package archfixtures.domain.service;

import archfixtures.domain.port.in.LinkAccountUseCase;

/** Wrong on purpose: a service named …Impl rather than …Service. */
public class LinkAccountImpl implements LinkAccountUseCase {

    @Override
    public void link(Command command) {
    }
}
