package org.lacrima.app.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scoping by clinician lives in the data layer: pages, API and jobs reach records only through the
 * store's scoped classes, never through SQL of their own.
 */
class WebLayeringTest {
    /** Only lacrima-app's own compiled classes (scanning every jar on the class path is slow). */
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(appClasses());

    private static Path appClasses() {
        try {
            return Path.of(ClinicServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideInAnyPackage("org.lacrima.app.web..", "org.lacrima.app.jobs..",
                        "org.lacrima.app.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..")
                .because("every query must go through the clinician-scoped store")
                .check(APP);
    }

    @Test
    void theRuleSeesTheWebAndTheStore() {
        org.assertj.core.api.Assertions.assertThat(APP.containPackage("org.lacrima.app.web")).isTrue();
        org.assertj.core.api.Assertions.assertThat(APP.containPackage("org.lacrima.app.store")).isTrue();
    }

    @Test
    void theStoreKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("org.lacrima.app.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.lacrima.app.web..",
                        "org.lacrima.app.jobs..")
                .check(APP);
    }
}
