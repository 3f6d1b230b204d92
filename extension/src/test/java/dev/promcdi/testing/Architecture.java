package dev.promcdi.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The package structure every promcdi module keeps, checked on the main classes a module's tests
 * see (its own and those of the modules it depends on):
 * <ul>
 *   <li>no cycle between promcdi's packages;
 *   <li>a module's {@code internal} packages are used by that module alone;
 *   <li>the SPI ({@code dev.promcdi.spi}) depends on no other promcdi package;
 *   <li>only the reactive adapters touch reactive libraries, only the Quarkus router's adapter
 *       touches Quarkus, and nothing touches a tracer.
 * </ul>
 */
public final class Architecture {

    /** The packages of each module, and its internal packages, which other modules must not use. */
    private static final List<Module> MODULES = List.of(
            new Module("dev.promcdi.internal..", "dev.promcdi", "dev.promcdi.internal..", "dev.promcdi.spi.."),
            new Module("dev.promcdi.endpoint.internal..", "dev.promcdi.endpoint.."),
            new Module("dev.promcdi.server.internal..", "dev.promcdi.server..", "dev.promcdi.discovery.."),
            new Module("dev.promcdi.push.internal..", "dev.promcdi.push.."),
            new Module("dev.promcdi.jaxrs.internal..", "dev.promcdi.jaxrs.."));

    /** Each promcdi package is a slice of its own. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return type.getPackageName().startsWith("dev.promcdi")
                    ? SliceIdentifier.of(type.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "promcdi's packages";
        }
    };

    private Architecture() {
    }

    /** The rules, each to be checked by {@link #check}. */
    public static List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles()
                .because("a package cycle makes the modules impossible to read or split one at a time"));
        for (Module module : MODULES) {
            rules.add(noClasses().that().resideOutsideOfPackages(module.packages()).should().dependOnClassesThat()
                    .resideInAPackage(module.internal())
                    .because("what modules share goes through dev.promcdi.spi or a module's API, never its "
                            + module.internal() + " package")
                    .allowEmptyShould(true));
        }
        rules.add(noClasses().that().resideInAPackage("dev.promcdi.spi..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.promcdi", "dev.promcdi.internal..", "dev.promcdi.server..",
                        "dev.promcdi.discovery..", "dev.promcdi.push..", "dev.promcdi.jaxrs..", "dev.promcdi.endpoint..")
                .because("the SPI is what every module builds on").allowEmptyShould(true));
        rules.add(noClasses().that().resideOutsideOfPackage("dev.promcdi.internal.reactive..").should()
                .dependOnClassesThat().resideInAnyPackage("io.smallrye.mutiny..", "reactor..", "org.reactivestreams..")
                .because("reactive libraries are optional: only their adapters, loaded when a method returns their "
                        + "types, may touch them"));
        rules.add(noClasses().that().doNotHaveFullyQualifiedName("dev.promcdi.jaxrs.QuarkusRouterRequests").should()
                .dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..")
                .because("Quarkus is one runtime among others: only its router's adapter, which only Quarkus loads, "
                        + "may touch it"));
        rules.add(noClasses().should().dependOnClassesThat().resideInAPackage("io.opentelemetry..")
                .because("spans are read through the Prometheus client's SpanContextSupplier, which needs no tracer"));
        return rules;
    }

    /** Checks every rule on promcdi's main classes on the class path. */
    public static void check() {
        JavaClasses classes = mainClasses();
        rules().forEach(rule -> rule.check(classes));
    }

    /** promcdi's main classes on the class path: no test classes, no test jars. */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.promcdi");
    }

    private record Module(String internal, String... packages) {
    }
}
