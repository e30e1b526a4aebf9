package dev.connect.app;

import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.demo.DemoSignIn;
import dev.connect.adapters.web.frontend.ConnectPage;
import dev.connect.adapters.web.frontend.Frontend;
import dev.connect.adapters.web.frontend.FrontendConfig;
import dev.connect.adapters.web.site.StaticSite;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.http.HubComponent;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app serves to browsers beside its API: where StackOne is (always), connect's page at {@code /} (with
 * StackOne's Hub: in the embedded default and with a StackOne key, not with Nango), the frontend examples under
 * {@value #EXAMPLES_PREFIX} (when {@code CONNECT_EXAMPLES} is on), and the demo sign-in, which exists only in the
 * embedded default: no StackOne key and a caller secret generated for this run.
 */
final class Frontends {

    static final String EXAMPLES_PREFIX = "/examples";
    /** Where {@code examples/frontend}'s build puts the examples on the classpath. */
    static final String EXAMPLES_RESOURCES = "connect-examples";

    private static final Logger LOG = LoggerFactory.getLogger(Frontends.class);

    private Frontends() {
    }

    static Frontend of(ConnectSettings settings, Optional<StackOneSandbox> sandbox,
                       Optional<JwtSettings> generatedCallers, Optional<OperatorApiKey> generatedOperatorKey) {
        FrontendConfig config = sandbox
                .map(started -> FrontendConfig.sandbox(started.baseUrl(), started.connectScriptUrl()))
                .orElseGet(() -> FrontendConfig.stackOne(settings.stackOne().baseUrl()));
        Optional<DemoSignIn> demoSignIn = sandbox.isPresent()
                ? generatedCallers.map(callers -> new DemoSignIn(callers, DemoSignIn.DEFAULT_LIFETIME,
                        StartupBanner.DEMO_USER, generatedOperatorKey))
                : Optional.empty();
        return new Frontend(examples(settings), Optional.of(config), demoSignIn, page(settings));
    }

    /**
     * The page opens StackOne's Hub, so it is served with StackOne (the sandbox or the real one) only. The Hub's
     * bundle comes from the sandbox's jar, which the app always carries, so the page works with a StackOne key too.
     */
    private static Optional<ConnectPage> page(ConnectSettings settings) {
        if (settings.provider() != ConnectSettings.Provider.STACKONE) {
            return Optional.empty();
        }
        ConnectPage page = ConnectPage.withHubComponent(HubComponent.bytes());
        if (!page.hasHubComponent()) {
            LOG.warn("the StackOne Hub bundle is not on the classpath, so the page at / cannot open the Hub: build "
                    + "connect-sandbox with Maven (it needs Node.js)");
        }
        return Optional.of(page);
    }

    private static List<StaticSite> examples(ConnectSettings settings) {
        if (!settings.examples()) {
            return List.of();
        }
        Optional<StaticSite> site = StaticSite.fromClasspath(EXAMPLES_PREFIX, Frontends.class.getClassLoader(),
                EXAMPLES_RESOURCES);
        if (site.isEmpty()) {
            LOG.warn("the frontend examples are not on the classpath, so {}/ answers 404: build examples/frontend "
                    + "with Maven (it needs Node.js)", EXAMPLES_PREFIX);
        }
        return site.stream().toList();
    }
}
