package dev.connect.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
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
                        "java.util.logging..", "java.lang.System$Logger")
                .because("storage, HTTP and logging belong in adapters");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter talks to the domain only; the app wires them together");
    }

    ArchRule feignAndMapStructStayInTheStackOneAdapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.stackone..")
                .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.mapstruct..");
    }

    ArchRule theHttpServerLibraryStaysInOnePartOfTheWebAdapter() {
        return noClasses().that().resideOutsideOfPackages(root + ".adapters.web.javalin..", root + ".sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "jakarta.servlet..")
                .because("swapping the HTTP layer must touch only dev.connect.adapters.web.javalin");
    }

    ArchRule jdbcStaysInTheJdbcAdapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer..", "org.h2..", "org.postgresql..");
    }

    ArchRule inboundAdaptersUseOnlyInboundPorts() {
        return noClasses().that().resideInAPackage(root + ".adapters.web..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".domain.port.out..", root + ".domain.service..")
                .because("the web adapter drives use cases; it never reaches past them");
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .withOptionalLayers(true)
                .layer("Model").definedBy(root + ".domain.model..")
                .layer("InboundPorts").definedBy(root + ".domain.port.in..")
                .layer("OutboundPorts").definedBy(root + ".domain.port.out..")
                .layer("Services").definedBy(root + ".domain.service..")
                .layer("StackOneAdapter").definedBy(root + ".adapters.stackone..")
                .layer("WebAdapter").definedBy(root + ".adapters.web..")
                .layer("JdbcAdapter").definedBy(root + ".adapters.jdbc..")
                .layer("Sandbox").definedBy(root + ".sandbox..")
                .layer("App").definedBy(root + ".app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("StackOneAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("WebAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("JdbcAdapter").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("App")
                .whereLayer("InboundPorts").mayOnlyBeAccessedByLayers("Services", "WebAdapter", "App")
                .whereLayer("OutboundPorts")
                .mayOnlyBeAccessedByLayers("Services", "StackOneAdapter", "JdbcAdapter", "App")
                .whereLayer("Model").mayNotAccessAnyLayer();
    }

    List<ArchRule> all() {
        return List.of(domainUsesOnlyTheJdk(), domainUsesNoJdkInfrastructure(), adaptersDoNotDependOnEachOther(),
                feignAndMapStructStayInTheStackOneAdapter(), theHttpServerLibraryStaysInOnePartOfTheWebAdapter(),
                jdbcStaysInTheJdbcAdapter(), inboundAdaptersUseOnlyInboundPorts(), noPackageCycles(), layers());
    }
}
