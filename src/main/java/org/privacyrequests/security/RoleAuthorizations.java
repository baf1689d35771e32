package org.privacyrequests.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do, as Camunda authorizations, and the Tasklist filters each role works from.
 * Support works request tasks in Tasklist (no Cockpit, no Admin, no erasure approval); managers also
 * watch every request in Cockpit and retry failed steps; only administrators reach Admin.
 * Created at start-up when missing, in every profile; the filters are brought up to date at every start-up.
 */
@Component
class RoleAuthorizations {

    static final String[] STAFF_PROCESSES = {
            "data-subject-request", "extend-request-deadline", "privacy-complaint", "record-complaint-reply", "review-incoming-mail",
            "handle-reply"};

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
                              FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener
    @Order(1)
    public void onEnginePrepared(ApplicationReadyEvent event) {
        // Two nodes starting at once may both create what is missing; the loser finds it there on the second try.
        for (int attempt = 1; ; attempt++) {
            try {
                createMissing();
                return;
            } catch (RuntimeException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw raced;
                }
            }
        }
    }

    private void createMissing() {
        group(StaffRoles.SUPPORT, "Support staff");
        group(StaffRoles.MANAGERS, "Managers and privacy officer");

        grant(StaffRoles.SUPPORT, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(StaffRoles.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(StaffRoles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

        for (String process : STAFF_PROCESSES) {
            grant(StaffRoles.SUPPORT, Resources.PROCESS_DEFINITION, process,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        // Support works its tasks; only the product starts it, from a webshop's mail it filed.
        grant(StaffRoles.SUPPORT, Resources.PROCESS_DEFINITION, "carry-out-webshop-instruction", ProcessDefinitionPermissions.READ);
        grant(StaffRoles.SUPPORT, Resources.PROCESS_DEFINITION, "follow-up-forwarded-request", ProcessDefinitionPermissions.READ);
        grant(StaffRoles.SUPPORT, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);

        grant(StaffRoles.MANAGERS, Resources.PROCESS_DEFINITION, "*",
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB);
        grant(StaffRoles.MANAGERS, Resources.PROCESS_INSTANCE, "*",
                ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB);
        grant(StaffRoles.MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(StaffRoles.MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);

        for (String group : List.of(StaffRoles.SUPPORT, StaffRoles.MANAGERS)) {
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.GROUP, "*", Permissions.READ);
        }

        // Each group lands on its own list (the lowest priority it may read comes first).
        filter("Managers", -20, q -> q.taskCandidateGroup(StaffRoles.MANAGERS).includeAssignedTasks(), StaffRoles.MANAGERS);
        filter("Support team", -10, q -> q.taskCandidateGroup(StaffRoles.SUPPORT).includeAssignedTasks(),
                StaffRoles.SUPPORT, StaffRoles.MANAGERS);
        filter("My tasks", 10, q -> q.taskAssigneeExpression("${currentUser()}"), StaffRoles.SUPPORT, StaffRoles.MANAGERS);
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst()
                .orElseGet(() -> {
                    Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                    a.setGroupId(group);
                    a.setResource(resource);
                    a.setResourceId(resourceId);
                    return a;
                });
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /**
     * Creates the filter, or brings an existing one up to date (criteria, order, what its cards show): a filter
     * made by an earlier version keeps its id and grants but shows what this version shows.
     */
    private void filter(String name, int priority, java.util.function.Consumer<TaskQuery> criteria, String... groups) {
        TaskQuery query = taskService.createTaskQuery();
        criteria.accept(query);
        // The most urgent first: Tasklist puts its own order (created, by default) after the filter's.
        query.orderByDueDate().asc();
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(filterProperties(name, priority));
        filterService.saveFilter(filter);
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /**
     * What Tasklist shows of the filter. The task's name already says the step, the reference and the rights
     * ({@code tasklist/TaskCards}); the card adds who asked, from the task's own variables (support may not read
     * a process instance's variables, so the process's {@code requesterEmail} would show to managers only).
     */
    static Map<String, Object> filterProperties(String name, int priority) {
        return Map.<String, Object>of("priority", priority, "description", name, "refresh", true,
                "variables", List.of(
                        Map.of("name", "requester", "label", "Requester"),
                        Map.of("name", "complainant", "label", "Complainant")));
    }
}
