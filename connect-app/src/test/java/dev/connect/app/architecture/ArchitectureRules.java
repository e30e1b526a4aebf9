package dev.connect.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The dependency rules of the hexagon, for a given root package: {@code dev.connect} for the real code, another
 * root for the deliberately wrong fixtures that prove each rule can fail.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    ArchRule domainUsesOnlyTheJdk() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is pure Java: no Jackson, Feign, HTTP, SQL or logging framework");
    }

    ArchRule domainUsesNoJdkInfrastructure() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                        "java.util.logging..")
                .orShould().dependOnClassesThat(SYSTEM_LOGGER)
                .because("storage, HTTP and logging belong in adapters");
    }

    /** {@code System.Logger} and its nested types are classes of {@code java.lang}, not a package of their own. */
    private static final DescribedPredicate<JavaClass> SYSTEM_LOGGER = DescribedPredicate.describe(
            "are java.lang.System.Logger or its nested types",
            type -> type.getName().startsWith("java.lang.System$Logger"));

    ArchRule inboundPortsAreUseCases() {
        return classes().that().resideInAPackage(root + ".domain.port.in..").and().areTopLevelClasses()
                .should().beInterfaces().andShould().haveSimpleNameEndingWith("UseCase")
                .because("an in-port is one use case: …UseCase, with its Command or Query nested inside");
    }

    ArchRule outboundPortsArePorts() {
        return classes().that().resideInAPackage(root + ".domain.port.out..").and().areTopLevelClasses()
                .should().beInterfaces().andShould().haveSimpleNameEndingWith("Port")
                .because("an out-port is one capability the domain needs from the world: …Port");
    }

    ArchRule servicesAreServices() {
        return classes().that().resideInAPackage(root + ".domain.service..").and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Service")
                .because("a service implements an in-port with out-ports: …Service");
    }

    ArchRule noImplSuffix() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .because("a class is named for what it is or the technology it uses, never …Impl");
    }

    /**
     * A webhook signature is compared in constant time, whatever the provider: every decoder compares through
     * {@code MessageDigest.isEqual} itself or through the shared {@code HmacSha256Signatures}, which does. (The
     * contract kit checks the behaviour; timing is not something a test should measure.)
     */
    ArchRule webhookDecodersCompareSignaturesInConstantTime() {
        String decoderPort = root + ".domain.port.out.event.AccountEventDecoderPort";
        String sharedSignatures = root + ".provider.webhook.HmacSha256Signatures";
        return classes().that().implement(decoderPort)
                .should(new ArchCondition<JavaClass>("compare signatures with MessageDigest.isEqual") {
                    @Override
                    public void check(JavaClass decoder, ConditionEvents events) {
                        boolean constantTime = decoder.getMethodCallsFromSelf().stream().anyMatch(call ->
                                call.getTargetOwner().isEquivalentTo(java.security.MessageDigest.class)
                                        && call.getName().equals("isEqual"))
                                || decoder.getDirectDependenciesFromSelf().stream().anyMatch(dependency ->
                                        dependency.getTargetClass().getName().equals(sharedSignatures));
                        if (!constantTime) {
                            events.add(SimpleConditionEvent.violated(decoder, decoder.getName()
                                    + " compares signatures neither with MessageDigest.isEqual nor through "
                                    + "HmacSha256Signatures"));
                        }
                    }
                })
                .because("a comparison that stops at the first wrong byte tells a forger how much was right");
    }

    ArchRule theSandboxKeepsJavalinToItsHttpPackageAndRoot() {
        return noClasses().that().resideInAPackage(root + ".sandbox..")
                .and().resideOutsideOfPackages(root + ".sandbox", root + ".sandbox.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "jakarta.servlet..")
                .because("the sandbox's model, state and webhooks do not depend on its HTTP server");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter talks to the domain only; the app wires them together");
    }

    /**
     * Feign (over Apache HttpClient) is the provider adapters' HTTP client, and the shared provider support's; MapStruct
     * is StackOne's mapper.
     */
    ArchRule feignStaysWithTheProvidersAndMapStructInTheStackOneAdapter() {
        return noClasses().that().resideOutsideOfPackages(root + ".adapters.stackone..", root + ".adapters.nango..",
                        root + ".provider..")
                .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.apache.hc..")
                .orShould().dependOnClassesThat(resideInAPackage("org.mapstruct..")
                        .and(not(resideInAPackage(root + ".adapters.stackone.."))))
                .because("calling a provider is the provider adapters' business");
    }

    /**
     * What every provider adapter shares (calls within a deadline and their measurements, webhook signatures) names no
     * provider: it uses the domain's failures and model, Feign and Apache HttpClient under it, Jackson, logging and
     * Micrometer's facade, and no adapter, so that depending on it never makes one provider adapter depend on another.
     */
    ArchRule theProviderSupportKnowsNoProvider() {
        return classes().that().resideInAPackage(root + ".provider..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "feign..",
                        "org.apache.hc..", "com.fasterxml.jackson..", "org.slf4j..", "io.micrometer.core..",
                        root + ".domain.model..", root + ".provider..")
                .because("provider adapters depend on it and never on each other");
    }

    /** HTTP server libraries and APIs: what the web adapter is kept free of, so that any of them can serve it. */
    private static final String[] HTTP_SERVER_LIBRARIES = {"io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
        "org.apache.catalina..", "org.apache.coyote..", "org.apache.tomcat..", "io.undertow..", "io.netty..",
        "com.sun.net.httpserver..", "org.springframework..", "io.quarkus..", "io.vertx..", "io.helidon.."};

    ArchRule httpServerLibrariesStayInTheBindings() {
        return noClasses().that().resideOutsideOfPackages(javalinBinding(), servletBinding() + "..", jettyProtocol(),
                        root + ".sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER_LIBRARIES)
                .because("the web adapter serves its API through HttpServerBinding; swapping the HTTP layer adds a "
                        + "binding and touches no endpoint, no domain class");
    }

    ArchRule theJavalinBindingUsesOnlyJavalinAndTheWebAdapter() {
        return bindingUsesOnly(javalinBinding(), "Javalin on Jetty (whose requests are the Servlet API's)",
                javalinBinding(), jettyProtocol(), "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");
    }

    ArchRule theServletBindingUsesOnlyTheServletApiAndTheWebAdapter() {
        return bindingUsesOnly(servletBinding(), "the Servlet API, so that it runs in any container",
                servletBinding(), "jakarta.servlet..");
    }

    ArchRule theEmbeddedServletContainerUsesOnlyJettyTheServletAndTheWebAdapter() {
        return bindingUsesOnly(servletBinding() + ".jetty..", "Jetty, the Servlet API and the servlet it serves",
                servletBinding() + "..", jettyProtocol(), "org.eclipse.jetty..", "jakarta.servlet..");
    }

    ArchRule theJettyProtocolPiecesUseOnlyJettyAndTheWebAdapter() {
        return bindingUsesOnly(jettyProtocol(), "Jetty (every binding on Jetty shares them)", jettyProtocol(),
                "org.eclipse.jetty..");
    }

    private ArchRule bindingUsesOnly(String bindingPackage, String libraries, String... allowedPackages) {
        return classes().that().resideInAPackage(bindingPackage)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..").or(neutralWebAdapter())
                        .or(resideInAnyPackage(allowedPackages)))
                .because("it uses the web adapter's seam and " + libraries
                        + " only: nothing of the domain, no JSON, no other binding");
    }

    ArchRule theBindingsDoNotDependOnEachOther() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                for (String binding : List.of(javalinBinding(), servletBinding() + "..")) {
                    if (resideInAPackage(binding).test(type)) {
                        return SliceIdentifier.of(binding);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the HTTP server bindings";
            }
        }).should().notDependOnEachOther()
                .because("a team depends on the one binding it uses, and gets no other with it");
    }

    /** The web adapter without its bindings: routes, endpoints, JSON, authentication, problems, the seam. */
    private DescribedPredicate<JavaClass> neutralWebAdapter() {
        return resideInAPackage(root + ".adapters.web..")
                .and(not(resideInAnyPackage(javalinBinding(), servletBinding() + "..", jettyProtocol())))
                .as("the web adapter's own packages");
    }

    private String javalinBinding() {
        return root + ".adapters.web.javalin..";
    }

    /** The servlet itself; its embedded container is the {@code jetty} package below it. */
    private String servletBinding() {
        return root + ".adapters.web.servlet";
    }

    private String jettyProtocol() {
        return root + ".adapters.web.jetty..";
    }

    ArchRule jdbcStaysInTheJdbcAdapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer..", "org.h2..", "org.postgresql..");
    }

    /** Jakarta Mail and its implementation (and the SMTP server of its tests) stay in the mail adapter. */
    ArchRule mailStaysInTheMailAdapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..",
                        "com.icegreen..")
                .because("sending mail is the mail adapter's business; the domain hands it an invitation");
    }

    ArchRule inboundAdaptersUseOnlyInboundPorts() {
        return noClasses().that().resideInAPackage(root + ".adapters.web..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".domain.port.out..", root + ".domain.service..")
                .because("the web adapter drives use cases; it never reaches past them");
    }

    ArchRule micrometerStaysOutOfTheDomain() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..")
                .because("the domain is measured by the adapters around it, through Micrometer's facade");
    }

    /** The concrete registry and the logging backend are the composition root's choice; adapters see facades only. */
    ArchRule theMetricsRegistryAndTheLoggingBackendStayInTheApp() {
        return noClasses().that().resideOutsideOfPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer.prometheusmetrics..",
                        "io.prometheus..", "ch.qos.logback..", "net.logstash..")
                .because("adapters record through Micrometer's facade and log through SLF4J, so that an embedder (a "
                        + "Spring Boot host) brings its own registry and logging");
    }

    /**
     * Bucket4j rations two things: StackOne's published rate limit for background work (the StackOne adapter's pacer),
     * and each owner's share of whichever provider is selected (the quota adapter, behind {@code OwnerQuotaPort}).
     */
    ArchRule rateLimitingStaysWithTheStackOnePacerAndTheOwnersQuota() {
        return noClasses().that().resideOutsideOfPackages(root + ".adapters.stackone..", root + ".adapters.quota..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.bucket4j..")
                .because("what is rationed is a provider's rate limit: StackOne's by its pacer, every provider's among "
                        + "the owners by the quota adapter behind OwnerQuotaPort; nothing else waits for a token");
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** Every layer must have classes: a module missing from the import fails here instead of passing vacuously. */
    ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .withOptionalLayers(false)
                .layer("Model").definedBy(root + ".domain.model..")
                .layer("InboundPorts").definedBy(root + ".domain.port.in..")
                .layer("OutboundPorts").definedBy(root + ".domain.port.out..")
                .layer("Services").definedBy(root + ".domain.service..")
                .layer("ProviderSupport").definedBy(root + ".provider..")
                .layer("StackOneAdapter").definedBy(root + ".adapters.stackone..")
                .layer("NangoAdapter").definedBy(root + ".adapters.nango..")
                .layer("QuotaAdapter").definedBy(root + ".adapters.quota..")
                .layer("WebAdapter").definedBy(neutralWebAdapter())
                .layer("JettyProtocol").definedBy(jettyProtocol())
                .layer("JavalinBinding").definedBy(javalinBinding())
                .layer("ServletBinding").definedBy(servletBinding() + "..")
                .layer("JdbcAdapter").definedBy(root + ".adapters.jdbc..")
                .layer("MailAdapter").definedBy(root + ".adapters.mail..")
                .layer("Sandbox").definedBy(root + ".sandbox..")
                .layer("App").definedBy(root + ".app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("ProviderSupport").mayOnlyBeAccessedByLayers("StackOneAdapter", "NangoAdapter")
                .whereLayer("StackOneAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("NangoAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("QuotaAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("WebAdapter").mayOnlyBeAccessedByLayers("JettyProtocol", "JavalinBinding", "ServletBinding",
                        "App")
                .whereLayer("JettyProtocol").mayOnlyBeAccessedByLayers("JavalinBinding", "ServletBinding")
                .whereLayer("JavalinBinding").mayOnlyBeAccessedByLayers("App")
                .whereLayer("ServletBinding").mayOnlyBeAccessedByLayers("App")
                .whereLayer("JdbcAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("MailAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("App")
                .whereLayer("InboundPorts").mayOnlyBeAccessedByLayers("Services", "WebAdapter", "App")
                .whereLayer("OutboundPorts")
                .mayOnlyBeAccessedByLayers("Services", "StackOneAdapter", "NangoAdapter", "QuotaAdapter", "JdbcAdapter",
                        "MailAdapter",
                        "App")
                .whereLayer("Model").mayNotAccessAnyLayer();
    }

    List<ArchRule> all() {
        return List.of(domainUsesOnlyTheJdk(), domainUsesNoJdkInfrastructure(), adaptersDoNotDependOnEachOther(),
                feignStaysWithTheProvidersAndMapStructInTheStackOneAdapter(), theProviderSupportKnowsNoProvider(),
                httpServerLibrariesStayInTheBindings(),
                theJavalinBindingUsesOnlyJavalinAndTheWebAdapter(),
                theServletBindingUsesOnlyTheServletApiAndTheWebAdapter(),
                theEmbeddedServletContainerUsesOnlyJettyTheServletAndTheWebAdapter(),
                theJettyProtocolPiecesUseOnlyJettyAndTheWebAdapter(), theBindingsDoNotDependOnEachOther(),
                jdbcStaysInTheJdbcAdapter(), mailStaysInTheMailAdapter(), inboundAdaptersUseOnlyInboundPorts(), noPackageCycles(), layers(),
                inboundPortsAreUseCases(), outboundPortsArePorts(), servicesAreServices(), noImplSuffix(),
                webhookDecodersCompareSignaturesInConstantTime(), theSandboxKeepsJavalinToItsHttpPackageAndRoot(),
                micrometerStaysOutOfTheDomain(), theMetricsRegistryAndTheLoggingBackendStayInTheApp(),
                rateLimitingStaysWithTheStackOnePacerAndTheOwnersQuota());
    }
}
