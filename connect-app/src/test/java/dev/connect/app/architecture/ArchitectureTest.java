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

    private static JavaClasses connect;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        connect = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.connect");
        fixtures = new ClassFileImporter().importPackages("archfixtures");
    }

    @Test
    void theImportSeesEveryModule() {
        assertThat(connect.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("dev.connect.domain.model"))
                .anyMatch(p -> p.startsWith("dev.connect.domain.service"))
                .anyMatch(p -> p.startsWith("dev.connect.adapters.stackone"))
                .anyMatch(p -> p.startsWith("dev.connect.adapters.web"))
                .anyMatch(p -> p.startsWith("dev.connect.app"));
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
    }

    @Test
    void feignOutsideTheStackOneAdapterIsReported() {
        assertReported(ArchitectureRules::feignAndMapStructStayInTheStackOneAdapter, "WebCallsEverything", "feign.");
    }

    @Test
    void javalinOutsideItsCornerIsReported() {
        assertReported(ArchitectureRules::theHttpServerLibraryStaysInOnePartOfTheWebAdapter, "WebCallsEverything",
                "io.javalin");
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
    void aPackageCycleIsReported() {
        assertReported(ArchitectureRules::noPackageCycles, "First", "Second");
    }

    @Test
    void aClassOutsideEveryLayerAndAModelThatReachesAnAdapterAreReported() {
        assertReported(ArchitectureRules::layers, "Stray", "archfixtures.misc");
        assertReported(ArchitectureRules::layers, "LeakyModel", "WebCallsEverything");
    }

    private static void assertReported(Function<ArchitectureRules, ArchRule> rule, String offender, String target) {
        EvaluationResult result = rule.apply(new ArchitectureRules("archfixtures")).evaluate(fixtures);
        assertThat(result.hasViolation()).as("the rule must report the wrong fixture").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains(offender) && detail.contains(target));
    }
}
