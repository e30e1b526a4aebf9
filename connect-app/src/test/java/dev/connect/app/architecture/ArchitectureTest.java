package dev.connect.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules hold for connect's code, and each of them reports the deliberately wrong fixtures. */
class ArchitectureTest {

    private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses connect;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        // the test-jars on the classpath (the contract kit, NangoStub) are tests too, packaged: the rules are for main code
        connect = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages("dev.connect");
        fixtures = new ClassFileImporter().importPackages("archfixtures");
    }

    /** Every layer is required: were a module missing from the classpath, the layers rule would say so. */
    @Test
    void theImportSeesEveryModule() {
        new ArchitectureRules("dev.connect").layers().check(connect);
    }

    @Test
    void anImportWithoutAModuleIsReported() {
        for (String missing : java.util.List.of("dev.connect.adapters.jdbc", "dev.connect.sandbox", "dev.connect.provider",
                "dev.connect.adapters.nango", "dev.connect.adapters.stackone", "dev.connect.adapters.quota",
                "dev.connect.domain.port.in", "dev.connect.domain.port.out", "dev.connect.adapters.web.javalin",
                "dev.connect.adapters.web.servlet", "dev.connect.adapters.web.jetty")) {
            JavaClasses partial = connect.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "outside " + missing, (JavaClass type) -> !type.getPackageName().startsWith(missing)));
            EvaluationResult result = new ArchitectureRules("dev.connect").layers().evaluate(partial);
            assertThat(result.hasViolation()).as("the layers rule without " + missing).isTrue();
            assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains("empty"));
        }
    }

    @Test
    void connectFollowsEveryRule() {
        for (ArchRule rule : new ArchitectureRules("dev.connect").all()) {
            rule.check(connect);
        }
    }

    @Test
    void aDomainThatUsesJacksonIsReported() {
        assertReported(ArchitectureRules::domainUsesOnlyTheJdk, "LeakyModel", "com.fasterxml.jackson");
    }

    @Test
    void aDomainThatUsesSqlIsReported() {
        assertReported(ArchitectureRules::domainUsesNoJdkInfrastructure, "LeakyModel", "java.sql");
    }

    @Test
    void anAdapterThatUsesAnotherIsReported() {
        assertReported(ArchitectureRules::adaptersDoNotDependOnEachOther, "WebCallsEverything", "StackOneThing");
        assertReported(ArchitectureRules::adaptersDoNotDependOnEachOther, "NangoBorrowsFromStackOne", "StackOneThing");
    }

    @Test
    void oneProviderAdapterReachingIntoAnotherIsReportedByTheLayersToo() {
        assertReported(ArchitectureRules::layers, "NangoBorrowsFromStackOne", "StackOneThing");
    }

    @Test
    void feignOutsideTheProviderAdaptersIsReported() {
        assertReported(ArchitectureRules::feignStaysWithTheProvidersAndMapStructInTheStackOneAdapter,
                "WebCallsEverything", "feign.");
        assertNotReported(ArchitectureRules::feignStaysWithTheProvidersAndMapStructInTheStackOneAdapter,
                "SharedRetries");
    }

    @Test
    void providerSupportThatKnowsAProviderIsReported() {
        assertReported(ArchitectureRules::theProviderSupportKnowsNoProvider, "KnowsStackOne", "StackOneThing");
        assertNotReported(ArchitectureRules::theProviderSupportKnowsNoProvider, "SharedRetries");
    }

    @Test
    void anHttpServerLibraryOutsideTheBindingsIsReported() {
        assertReported(ArchitectureRules::httpServerLibrariesStayInTheBindings, "WebCallsEverything", "io.javalin");
        assertReported(ArchitectureRules::httpServerLibrariesStayInTheBindings, "WebCallsEverything",
                "jakarta.servlet");
        assertNotReported(ArchitectureRules::httpServerLibrariesStayInTheBindings, "ServletOnJetty");
    }

    @Test
    void aBindingThatReachesBeyondItsLibraryAndTheWebAdapterIsReported() {
        assertReported(ArchitectureRules::theJavalinBindingUsesOnlyJavalinAndTheWebAdapter, "JavalinSpeaksJson",
                "com.fasterxml.jackson");
        assertReported(ArchitectureRules::theServletBindingUsesOnlyTheServletApiAndTheWebAdapter, "ServletOnJetty",
                "org.eclipse.jetty");
        assertReported(ArchitectureRules::theJettyProtocolPiecesUseOnlyJettyAndTheWebAdapter, "JettyRunsJavalin",
                "io.javalin");
        assertReported(ArchitectureRules::theEmbeddedServletContainerUsesOnlyJettyTheServletAndTheWebAdapter,
                "ContainerReadsTheDomain", "LeakyModel");
        assertNotReported(ArchitectureRules::theEmbeddedServletContainerUsesOnlyJettyTheServletAndTheWebAdapter,
                "EmbeddedContainer");
    }

    @Test
    void aBindingThatUsesAnotherIsReported() {
        assertReported(ArchitectureRules::theBindingsDoNotDependOnEachOther, "ServletOnJetty", "JavalinSpeaksJson");
    }

    @Test
    void jdbcOutsideTheJdbcAdapterIsReported() {
        assertReported(ArchitectureRules::jdbcStaysInTheJdbcAdapter, "WebCallsEverything", "java.sql");
    }

    @Test
    void aWebAdapterThatUsesAnOutboundPortIsReported() {
        assertReported(ArchitectureRules::inboundAdaptersUseOnlyInboundPorts, "WebCallsEverything", "SomePort");
    }

    @Test
    void aDomainThatLogsThroughSystemLoggerIsReported() {
        assertReported(ArchitectureRules::domainUsesNoJdkInfrastructure, "LoggingModel", "System$Logger");
    }

    @Test
    void portsAndServicesNamedOtherwiseAreReported() {
        assertReported(ArchitectureRules::inboundPortsAreUseCases, "LinkAccountCommand", "UseCase");
        assertNotReported(ArchitectureRules::inboundPortsAreUseCases, "LinkAccountUseCase");
        assertReported(ArchitectureRules::outboundPortsArePorts, "AccountGateway", "Port");
        assertNotReported(ArchitectureRules::outboundPortsArePorts, "SomePort");
        assertReported(ArchitectureRules::servicesAreServices, "LinkAccountImpl", "Service");
        assertReported(ArchitectureRules::noImplSuffix, "LinkAccountImpl", "Impl");
    }

    @Test
    void javalinOutsideTheSandboxsHttpPackageIsReported() {
        assertReported(ArchitectureRules::theSandboxKeepsJavalinToItsHttpPackageAndRoot, "ServesItself", "io.javalin");
        assertNotReported(ArchitectureRules::theSandboxKeepsJavalinToItsHttpPackageAndRoot, "Routes");
    }

    @Test
    void aWebhookDecoderThatComparesSignaturesAnyOtherWayIsReported() {
        assertReported(ArchitectureRules::webhookDecodersCompareSignaturesInConstantTime, "EqualsDecoder",
                "MessageDigest.isEqual");
        assertNotReported(ArchitectureRules::webhookDecodersCompareSignaturesInConstantTime, "ConstantTimeDecoder");
    }

    @Test
    void micrometerInTheDomainIsReported() {
        assertReported(ArchitectureRules::micrometerStaysOutOfTheDomain, "MeteredModel", "io.micrometer");
    }

    @Test
    void aRegistryOrLoggingBackendOutsideTheAppIsReported() {
        assertReported(ArchitectureRules::theMetricsRegistryAndTheLoggingBackendStayInTheApp, "ScrapesPrometheus",
                "io.micrometer.prometheusmetrics");
        assertReported(ArchitectureRules::theMetricsRegistryAndTheLoggingBackendStayInTheApp, "ScrapesPrometheus",
                "ch.qos.logback");
        assertNotReported(ArchitectureRules::theMetricsRegistryAndTheLoggingBackendStayInTheApp, "MeteredModel");
    }

    @Test
    void rateLimitingOutsideTheStackOnePacerAndTheQuotaAdapterIsReported() {
        assertReported(ArchitectureRules::rateLimitingStaysWithTheStackOnePacerAndTheOwnersQuota, "ScrapesPrometheus",
                "io.github.bucket4j");
        assertNotReported(ArchitectureRules::rateLimitingStaysWithTheStackOnePacerAndTheOwnersQuota, "RationsStackOne");
        assertNotReported(ArchitectureRules::rateLimitingStaysWithTheStackOnePacerAndTheOwnersQuota, "RationsOwners");
    }

    @Test
    void aPackageCycleIsReported() {
        assertReported(ArchitectureRules::noPackageCycles, "First", "Second");
    }

    @Test
    void aClassOutsideEveryLayerAndAModelThatReachesAnAdapterAreReported() {
        assertReported(ArchitectureRules::layers, "Stray", "archfixtures.misc");
        assertReported(ArchitectureRules::layers, "LeakyModel", "WebCallsEverything");
    }

    private static void assertNotReported(Function<ArchitectureRules, ArchRule> rule, String innocent) {
        EvaluationResult result = rule.apply(new ArchitectureRules("archfixtures")).evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails()).noneMatch(detail -> detail.contains("." + innocent + ">")
                || detail.contains("." + innocent + " ") || detail.contains("." + innocent + "$"));
    }

    private static void assertReported(Function<ArchitectureRules, ArchRule> rule, String offender, String target) {
        EvaluationResult result = rule.apply(new ArchitectureRules("archfixtures")).evaluate(fixtures);
        assertThat(result.hasViolation()).as("the rule must report the wrong fixture").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains(offender) && detail.contains(target));
    }
}
