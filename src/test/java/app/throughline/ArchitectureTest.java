package app.throughline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The boundaries of docs/design-decisions/DD003-package-by-feature.md, checked on every build. */
@AnalyzeClasses(packages = "app.throughline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Packages whose beans write without a signed-in person: the demo data, sign-in itself, the database set-up. */
    private static final String[] TRUSTED = {
        "app.throughline.demo..", "app.throughline.security..", "app.throughline.database.."
    };

    @ArchTest
    static final ArchRule viewsGoThroughServices = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.jooq.DSLContext")
            .because("views call services, which carry the transaction and the role check");

    @ArchTest
    static final ArchRule vaadinStaysInTheUi = noClasses()
            .that()
            .resideOutsideOfPackages("..ui..", "app.throughline.security..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .because("services and queries must be usable without a UI (tests, imports, feeds)");

    @ArchTest
    static final ArchRule everyFeatureServiceChecksTheCaller = classes()
            .that()
            .areAnnotatedWith(Service.class)
            .and()
            .resideOutsideOfPackages(TRUSTED)
            .should()
            .beAnnotatedWith(PreAuthorize.class)
            .because("every read needs a signed-in person; roles are enforced in the services (DD003)");

    /**
     * A public method that opens a writing transaction is a write path: it must name who may take
     * it on the method itself, not only inherit the class's "signed in". Methods that only join
     * the caller's transaction ({@code MANDATORY}) are part of a write path whose entry is checked.
     */
    @ArchTest
    static final ArchRule everyWriteNamesWhoMayMakeIt = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(springBeans())
            .and()
            .areDeclaredInClassesThat()
            .resideOutsideOfPackages(TRUSTED)
            .and(openWritingTransactions())
            .should(carryARoleRule())
            .because("roles are enforced in the services for every write, not only by hiding buttons (docs/roles.md)");

    private static DescribedPredicate<JavaClass> springBeans() {
        return DescribedPredicate.describe("Spring beans", c -> c.isMetaAnnotatedWith(Component.class));
    }

    private static DescribedPredicate<JavaMethod> openWritingTransactions() {
        return DescribedPredicate.describe("open a writing transaction", method -> {
            Optional<Transactional> own = method.tryGetAnnotationOfType(Transactional.class);
            Optional<Transactional> inherited = method.getOwner().tryGetAnnotationOfType(Transactional.class);
            Optional<Transactional> effective = own.isPresent() ? own : inherited;
            return !method.getModifiers().contains(JavaModifier.STATIC)
                    && effective.isPresent()
                    && !effective.get().readOnly()
                    && effective.get().propagation() != Propagation.MANDATORY;
        });
    }

    private static ArchCondition<JavaMethod> carryARoleRule() {
        return new ArchCondition<>("carry @PreAuthorize or @RolesAllowed on the method") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean checked =
                        method.isAnnotatedWith(PreAuthorize.class) || method.isAnnotatedWith(RolesAllowed.class);
                events.add(new SimpleConditionEvent(
                        method,
                        checked,
                        method.getFullName()
                                + (checked ? " names who may call it" : " writes but names no role rule of its own")));
            }
        };
    }
}
