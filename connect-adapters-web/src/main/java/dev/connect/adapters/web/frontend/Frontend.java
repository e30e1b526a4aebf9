package dev.connect.adapters.web.frontend;

import dev.connect.adapters.web.demo.DemoSignIn;
import dev.connect.adapters.web.site.StaticSite;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What connect serves to browsers beside its API, each part optional: static sites (built pages and their files), the
 * frontend configuration, the demo sign-in of the embedded default, and connect's own page at {@code /} (which needs
 * the configuration: it opens the Hub where that says).
 */
public record Frontend(List<StaticSite> sites, Optional<FrontendConfig> config, Optional<DemoSignIn> demoSignIn,
                       Optional<ConnectPage> page) {

    /** The API alone. */
    public static final Frontend NONE = new Frontend(List.of(), Optional.empty(), Optional.empty());

    /** Without connect's own page. */
    public Frontend(List<StaticSite> sites, Optional<FrontendConfig> config, Optional<DemoSignIn> demoSignIn) {
        this(sites, config, demoSignIn, Optional.empty());
    }

    public Frontend {
        sites = List.copyOf(sites);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(demoSignIn, "demoSignIn");
        Objects.requireNonNull(page, "page");
        if (page.isPresent() && config.isEmpty()) {
            throw new IllegalArgumentException("the page opens the Hub where the frontend configuration says: give one");
        }
    }
}
