package org.privacyrequests.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.privacyrequests.engine.DeployedForms;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Form a task (or a process's start event) shows: the only variables a person
 * may hand in with it. Read from the deployed form the task's {@code camunda:formRef} points to, and kept
 * per form version (a new deployment of the form is a new version, read once).
 * Callers run this without authorization checks (see {@link EngineApiGuard}).
 */
@Component
class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form a person fills in; {@code name} is null when there is no Camunda Form (then no field at all). */
    record Form(String name, Set<String> fields) {
        static final Form NONE = new Form(null, Set.of());
    }

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final DeployedForms deployedForms;
    private final Map<String, Set<String>> fieldsByFormDefinition = new ConcurrentHashMap<>();

    FormFields(TaskService taskService, RepositoryService repositoryService, FormService formService,
               DeployedForms deployedForms) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.deployedForms = deployedForms;
    }

    /** The task's form, or empty when there is no such task (the engine answers that itself). */
    Optional<Form> ofTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        if (task.getCamundaFormRef() == null || task.getProcessDefinitionId() == null) {
            return Optional.of(Form.NONE);
        }
        String deploymentId = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        return Optional.of(form(task.getCamundaFormRef(), deploymentId));
    }

    /** The start form of a process definition, by id or by key (latest version), or empty when there is none such. */
    Optional<Form> ofStart(String definitionId, String key, String tenantId) {
        ProcessDefinition definition;
        if (definitionId != null) {
            definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        } else if (key != null) {
            var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
            definition = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId)).singleResult();
        } else {
            return Optional.empty();
        }
        if (definition == null) {
            return Optional.empty();
        }
        CamundaFormRef ref;
        try {
            ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
        } catch (RuntimeException noStartForm) {
            // A process started only by a message or timer has no start form to fill in.
            return Optional.of(Form.NONE);
        }
        return Optional.of(ref == null ? Form.NONE : form(ref, definition.getDeploymentId()));
    }

    private Form form(CamundaFormRef ref, String deploymentId) {
        // The engine's own resolution of the reference (binding latest, deployment or version), as Tasklist gets it.
        CamundaFormDefinition definition = deployedForms.resolve(ref, deploymentId).orElse(null);
        if (definition == null) {
            return new Form(ref.getKey(), Set.of());
        }
        Set<String> fields = fieldsByFormDefinition.computeIfAbsent(definition.getId(), id -> read(definition));
        return new Form(ref.getKey(), fields);
    }

    private Set<String> read(CamundaFormDefinition definition) {
        try (InputStream form = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return fieldKeys(JSON.readTree(form));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Form " + definition.getKey() + " cannot be read", unreadable);
        }
    }

    /**
     * Every component's key, in groups too, as the variable it writes: "address.city" writes the variable
     * "address", and so does a group (or list) with the path "address" whatever its fields are called.
     */
    static Set<String> fieldKeys(JsonNode form) {
        Set<String> keys = new LinkedHashSet<>();
        collect(form, keys);
        return Set.copyOf(keys);
    }

    private static void collect(JsonNode container, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            String key = component.path("key").asText("");
            if (!key.isBlank()) {
                keys.add(key.split("\\.", 2)[0]);
            }
            String path = component.path("path").asText("");
            if (path.isBlank()) {
                collect(component, keys);
            } else {
                keys.add(path.split("\\.", 2)[0]);
            }
        }
    }
}
