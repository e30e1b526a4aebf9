package dev.connect.adapters.web.frontend;

import dev.connect.adapters.web.demo.DemoSignIn;
import dev.connect.adapters.web.site.StaticSite;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What connect serves to browsers beside its API, each part optional: static sites (built pages and their files), the
 * frontend configuration, and the demo sign-in of the embedded default.
 */
public record Frontend(List<StaticSite> sites, Optional<FrontendConfig> config, Optional<DemoSignIn> demoSignIn) {

    /** The API alone. */
    public static final Frontend NONE = new Frontend(List.of(), Optional.empty(), Optional.empty());

    public Frontend {
        sites = List.copyOf(sites);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(demoSignIn, "demoSignIn");
    }
}
