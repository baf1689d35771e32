package org.privacyrequests.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;

/**
 * An object variable is turned back into a Java object only when its type is one the product stores: a
 * JSON variable that declares another class (a gadget an attacker would like the engine to build) is refused
 * when the engine reads it, while the lists the processes keep are read as always.
 */
class DeserializationAllowListTest extends ProcessScenario {

    @Test
    void a_variable_declaring_a_class_outside_the_allow_list_is_refused_and_the_products_own_lists_are_read() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        ProcessInstance request = fileRequest("lijst@example.org", "nl", "access");

        runtimeService.setVariable(request.getId(), "ownList", Variables.objectValue(new ArrayList<>(List.of(3L, 5L)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        assertThat(runtimeService.getVariable(request.getId(), "ownList")).isEqualTo(List.of(3L, 5L));
        assertThat(runtimeService.getVariable(request.getId(), "requestTypes")).isEqualTo(List.of("access"));

        for (String gadget : List.of("java.net.URL", "javax.management.BadAttributeValueExpException",
                "java.util.ArrayList<java.net.InetAddress>")) {
            ObjectValue sent = Variables.serializedObjectValue("{\"protocol\":\"http\",\"host\":\"attacker.example\"}")
                    .objectTypeName(gadget).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
            runtimeService.setVariable(request.getId(), "gadget", sent);

            assertThatThrownBy(() -> runtimeService.getVariable(request.getId(), "gadget")).as(gadget)
                    .hasStackTraceContaining("not whitelisted for deserialization");
            ObjectValue stored = runtimeService.getVariableTyped(request.getId(), "gadget", false);
            assertThat(stored.getObjectTypeName()).isEqualTo(gadget);
        }
    }
}
