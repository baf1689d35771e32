package org.privacyrequests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine behind a door: only the engine adapter package ({@code org.privacyrequests.engine}) may use the
 * engine's internal classes ({@code org.camunda.bpm.engine.impl}), so an engine upgrade that changes them
 * touches one package. Reads the compiled product classes; no Spring context, no engine.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.privacyrequests");
    }

    @Test
    void only_the_engine_adapter_uses_the_engines_internal_classes() {
        noClasses().that().resideOutsideOfPackage("org.privacyrequests.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("the engine's internals stay behind the adapter in org.privacyrequests.engine")
                .check(product);
    }
}
