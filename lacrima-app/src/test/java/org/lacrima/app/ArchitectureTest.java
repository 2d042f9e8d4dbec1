package org.lacrima.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacrima.core.archfixture.CoreClassThatImportsAFramework;
import org.lacrima.core.archfixture.cycle.first.FirstHalfOfACycle;
import org.lacrima.core.archfixture.cycle.second.SecondHalfOfACycle;

/** Keeps the module direction of DESIGN.md section 4: core is a pure library, io sits on core only. */
class ArchitectureTest {

    /** What core may use: the JDK (minus SQL/desktop) and the numerical libraries it is built on. */
    static final ArchRule CORE_IS_PURE = classes().that().resideInAPackage("org.lacrima.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.lacrima.core..", "java.lang..", "java.util..", "java.time..", "java.io..",
                    "java.nio..", "java.math..", "java.text..", "java.net..",
                    "org.apache.commons.math3..", "com.github.psambit9791..", "uk.me.berndporr..",
                    "org.jtransforms..", "pl.edu.icm.jlargearrays..")
            .because("lacrima-core is a library researchers call from their own code: no web, SQL or CLI framework");

    static final ArchRule IO_SITS_ON_CORE = noClasses().that().resideInAPackage("org.lacrima.io..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lacrima.app..", "org.lacrima.bench..", "picocli..", "io.javalin..", "java.sql..",
                    "org.jdbi..", "org.flywaydb..", "org.eclipse.jetty..")
            .because("lacrima-io depends only on core (plus format libraries)");

    static final ArchRule NOTHING_DEPENDS_ON_APP_OR_BENCH = noClasses()
            .that().resideOutsideOfPackages("org.lacrima.app..", "org.lacrima.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lacrima.app..", "org.lacrima.bench..");

    /**
     * Core's packages by concept (ecg, eda, hrv, episode, analysis ...) form no cycle: each can be read,
     * tested and reused on top of the ones below it. Shared value types live in {@code model}.
     */
    static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.lacrima.core.(**)")
            .should().beFreeOfCycles()
            .because("core's packages build on one another in one direction (DESIGN.md section 4)");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lacrima");
    }

    @Test
    void importsBothCoreAndIo() {
        assertThat(production.containPackage("org.lacrima.core.model")).isTrue();
        assertThat(production.containPackage("org.lacrima.app.cli")).isTrue();
    }

    @Test
    void coreDependsOnNoFrameworkAndNoOtherModule() {
        CORE_IS_PURE.check(production);
    }

    @Test
    void ioDependsOnlyOnCore() {
        IO_SITS_ON_CORE.check(production);
    }

    @Test
    void nothingDependsOnAppOrBench() {
        NOTHING_DEPENDS_ON_APP_OR_BENCH.check(production);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        CORE_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void theCycleRuleCatchesAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importClasses(FirstHalfOfACycle.class, SecondHalfOfACycle.class);
        assertThat(CORE_PACKAGES_ARE_FREE_OF_CYCLES.evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void theCoreRuleCatchesAFrameworkImport() {
        JavaClasses offending = new ClassFileImporter().importClasses(CoreClassThatImportsAFramework.class);
        assertThat(CORE_IS_PURE.evaluate(offending).hasViolation()).isTrue();
        assertThat(CORE_IS_PURE.evaluate(offending).getFailureReport().toString()).contains("picocli");
    }
}
