package dev.connect.adapters.web.frontend;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page's {@code Content-Security-Policy}: scripts, styles, fonts and everything else from connect itself; the
 * Hub's API, its images and its frames from where the Hub is ({@code base-url} and {@code app-url}: the sandbox in the
 * embedded default, StackOne otherwise). Inline styles are allowed because the Hub's web component writes its styles
 * into its shadow root; inline scripts are not. The page is framed by nobody.
 */
final class PageSecurityPolicy {

    /** StackOne's app, where the Hub sends its OAuth pages when {@code app-url} is not set. */
    static final URI STACKONE_APP = URI.create("https://app.stackone.com");

    private PageSecurityPolicy() {
    }

    static String of(FrontendConfig config) {
        Set<String> hub = new LinkedHashSet<>();
        hub.add(origin(config.hubBaseUrl()));
        hub.add(origin(config.hubAppUrl().orElse(STACKONE_APP)));
        String hubOrigins = String.join(" ", hub);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: " + hubOrigins + "; font-src 'self' data:; "
                + "connect-src 'self' " + hubOrigins + "; frame-src " + hubOrigins + "; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** {@code scheme://host[:port]}: a source expression that names the origin and nothing else. */
    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
