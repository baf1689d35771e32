package org.privacyrequests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the product's feature packages, checked on the compiled classes (no Spring context, no
 * engine): the packages depend on each other one way only; a step's delegate or task listener is reached by
 * the process model, never called by other code; and the engine's internals stay behind one adapter.
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

    @Test
    void the_feature_packages_depend_on_each_other_one_way_only() {
        slices().matching("org.privacyrequests.(*)..").should().beFreeOfCycles()
                .because("a feature that needs a higher one turns the map into a knot; tell it by an event or a BPMN message instead")
                .check(product);
    }

    @Test
    void no_code_calls_a_process_steps_delegate_or_task_listener_directly() {
        noClasses().should().dependOnClassesThat().implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                .orShould().dependOnClassesThat().implement(org.camunda.bpm.engine.delegate.TaskListener.class)
                .because("a step runs when the process model reaches it; its logic lives in a service others may call")
                .check(product.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                                .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(org.camunda.bpm.engine.delegate.TaskListener.class)))));
    }

    @Test
    void a_process_steps_delegates_and_task_listeners_are_internal_to_their_feature() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                .or().implement(org.camunda.bpm.engine.delegate.TaskListener.class)
                .should().notBePublic()
                .because("the process model reaches them by bean name; a feature shows its services, not its steps")
                .check(product);
    }
}
