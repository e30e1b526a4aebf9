package dev.connect.domain.port.out.authlink;

import dev.connect.domain.model.authlink.AuthLinkToken;
import java.net.URI;

/** Where the recipient opens a link: connect's own page for the token, at the address the public reaches it by. */
@FunctionalInterface
public interface AuthLinkAddressPort {

    URI addressOf(AuthLinkToken token);
}
