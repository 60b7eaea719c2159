package app.throughline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of docs/design-decisions/DD003-package-by-feature.md, checked on every build. */
@AnalyzeClasses(packages = "app.throughline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsGoThroughServices = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
            .because("views call services, which carry the transaction and the role check");

    @ArchTest
    static final ArchRule vaadinStaysInTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..", "app.throughline.security..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services and queries must be usable without a UI (tests, imports, feeds)");

    @ArchTest
    static final ArchRule everyFeatureServiceChecksTheCaller = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().areAnnotatedWith(org.springframework.stereotype.Service.class)
            .and().resideOutsideOfPackage("app.throughline.security..")
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("roles are enforced in the services, not only by hiding buttons (DD003)");
}
