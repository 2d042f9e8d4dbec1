package org.lacrima.app.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Scoping by clinician lives in the data layer: pages, API and jobs reach records only through the
 * store's scoped classes, never through SQL of their own.
 */
class WebLayeringTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lacrima.app");

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideInAnyPackage("org.lacrima.app.web..", "org.lacrima.app.jobs..",
                        "org.lacrima.app.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..")
                .because("every query must go through the clinician-scoped store")
                .check(APP);
    }

    @Test
    void theStoreKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("org.lacrima.app.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.lacrima.app.web..",
                        "org.lacrima.app.jobs..")
                .check(APP);
    }
}
