package org.privacyrequests.security;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.engine.EngineUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps everyone but administrators on the paths the process models lay out, on the engine's REST API
 * ({@code /engine-rest}, HTTP basic) and on the webapps' copy of it ({@code /camunda/api/engine}, the
 * Tasklist or Cockpit session). The engine's authorizations say who may start a process or complete a task;
 * they do not stop a start at a chosen step, a move of a running process, new values for its variables or a
 * message that skips a wait, each of which steps around the identity check, the approval or the four-eyes
 * rule. So those are refused here (403, with the reason), and a task or start form takes only its own fields.
 * An administrator may do all of it, and what they change lands in the request's audit trail.
 */
@Component
class EngineApiGuard extends OncePerRequestFilter {

    private static final String DEFAULT_ENGINE = "default";
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** At most this many requests get an audit entry from one bulk operation. */
    private static final int MAX_AUDITED_INSTANCES = 200;

    private final EngineUsers engineUsers;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final FormFields formFields;
    private final AuditTrail auditTrail;
    private final List<String> webappPrefix;

    public EngineApiGuard(EngineUsers engineUsers, TaskService taskService, RuntimeService runtimeService,
                          HistoryService historyService, FormFields formFields, AuditTrail auditTrail,
                          @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.engineUsers = engineUsers;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.formFields = formFields;
        this.auditTrail = auditTrail;
        this.webappPrefix = EngineApiRoute.segments(webappPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The path as the REST resources see it: decoded, without ";..." parameters, "//" and "/./" folded.
        List<String> path = EngineApiRoute.segments(PATHS.getPathWithinApplication(request));
        ApiCall call = locate(path);
        EngineApiRoute route = call == null ? null : EngineApiRoute.of(request.getMethod(), call.segments());
        Caller caller = route == null || route.kind() == EngineApiRoute.Kind.NOT_GUARDED ? null : caller(request, call);
        if (caller == null) {
            // Not guarded, or no login: the engine answers (and refuses) as always.
            chain.doFilter(request, response);
            return;
        }
        if (route.kind() == EngineApiRoute.Kind.ADMIN_ONLY && !caller.administrator()) {
            ProblemAnswer.write(response, HttpStatus.FORBIDDEN, route.operation().refusal());
            return;
        }
        ReplayableRequest replayable = new ReplayableRequest(request);
        JsonNode body;
        try {
            body = json(replayable);
        } catch (IOException notJson) {
            if (caller.administrator()) {
                chain.doFilter(replayable, response);
            } else {
                ProblemAnswer.write(response, HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
            }
            return;
        }
        Finding finding = asAdministrator(() -> inspect(route, body));
        if (finding == null) {
            chain.doFilter(replayable, response);
            return;
        }
        if (!caller.administrator()) {
            ProblemAnswer.write(response, HttpStatus.FORBIDDEN, finding.reason());
            return;
        }
        Set<String> references = asAdministrator(() -> references(route, body));
        chain.doFilter(replayable, response);
        if (response.getStatus() < 400) {
            AuditEvent change = AuditEvent.of(AuditAction.CHANGED_BY_ADMINISTRATOR).with("operation", finding.operation().name())
                    .with("call", request.getMethod() + " /" + String.join("/", call.segments()))
                    .with("variables", finding.variables().isEmpty() ? null : String.join(", ", finding.variables()));
            references.forEach(reference -> auditTrail.recordBy(reference, caller.userId(), change));
        }
    }

    /** The engine and the path below it, or null when this is not the engine's API. */
    private ApiCall locate(List<String> path) {
        if (!path.isEmpty() && path.get(0).equals("engine-rest")) {
            List<String> rest = path.subList(1, path.size());
            if (rest.size() >= 2 && rest.get(0).equals("engine")) {
                return new ApiCall(rest.get(1), rest.subList(2, rest.size()), false);
            }
            return new ApiCall(DEFAULT_ENGINE, rest, false);
        }
        int p = webappPrefix.size();
        if (path.size() > p + 4 && path.subList(0, p).equals(webappPrefix)
                && path.subList(p, p + 3).equals(List.of("api", "engine", "engine"))) {
            return new ApiCall(path.get(p + 3), path.subList(p + 4, path.size()), true);
        }
        return null;
    }

    /** Who calls: the basic-auth login the engine's filter checked, or the webapp session's user. */
    private Caller caller(HttpServletRequest request, ApiCall call) {
        if (!call.webapp()) {
            Optional<EngineUsers.EngineUser> current = engineUsers.current();
            if (current.isPresent()) {
                return new Caller(current.get().id(), current.get().groups());
            }
        }
        var session = request.getSession(false);
        var authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(call.engine()) instanceof UserAuthentication user) {
            return new Caller(user.getIdentityId(), groups(user.getGroupIds()));
        }
        return null;
    }

    private static List<String> groups(List<String> groups) {
        return groups == null ? List.of() : groups;
    }

    private static JsonNode json(ReplayableRequest request) throws IOException {
        byte[] body = request.body();
        String type = request.getContentType();
        if (body.length == 0 || type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return JSON.nullNode();
        }
        return JSON.readTree(body);
    }

    /** What, if anything, only an administrator may do in this call. */
    private Finding inspect(EngineApiRoute route, JsonNode body) {
        switch (route.kind()) {
            case ADMIN_ONLY -> {
                return new Finding(route.operation(), route.operation().refusal(), List.of());
            }
            case PROCESS_START -> {
                if (body.path("startInstructions").isArray() && !body.path("startInstructions").isEmpty()) {
                    return new Finding(GuardedOperation.START_AT_STEP, GuardedOperation.START_AT_STEP.refusal(), List.of());
                }
                if (body.path("skipCustomListeners").asBoolean(false) || body.path("skipIoMappings").asBoolean(false)) {
                    return new Finding(GuardedOperation.SKIP_LISTENERS, GuardedOperation.SKIP_LISTENERS.refusal(), List.of());
                }
                return outsideForm(formFields.ofStart(route.definitionId(), route.definitionKey(), route.tenantId()), body);
            }
            case TASK_SUBMISSION -> {
                return outsideForm(formFields.ofTask(route.taskId()), body);
            }
            default -> {
                return null;
            }
        }
    }

    private static Finding outsideForm(Optional<FormFields.Form> form, JsonNode body) {
        List<String> extra = new ArrayList<>();
        body.path("variables").fieldNames().forEachRemaining(name -> {
            if (form.isPresent() && !form.get().fields().contains(name)) {
                extra.add(name);
            }
        });
        if (extra.isEmpty()) {
            return null;
        }
        String reason = form.get().name() == null
                ? "Variable '" + extra.get(0) + "' cannot be set here: there is no form to fill in"
                : "Variable '" + extra.get(0) + "' is not a field of the form '" + form.get().name() + "'";
        return new Finding(GuardedOperation.EXTRA_VARIABLES, reason, extra);
    }

    /** The requests (process business keys) an administrator's call changes. */
    private Set<String> references(EngineApiRoute route, JsonNode body) {
        Set<String> instanceIds = new LinkedHashSet<>();
        if (route.processInstanceId() != null) {
            instanceIds.add(route.processInstanceId());
        }
        if (route.taskId() != null) {
            var task = taskService.createTaskQuery().taskId(route.taskId()).singleResult();
            if (task != null && task.getProcessInstanceId() != null) {
                instanceIds.add(task.getProcessInstanceId());
            }
        }
        if (route.executionId() != null) {
            var execution = runtimeService.createExecutionQuery().executionId(route.executionId()).singleResult();
            if (execution != null) {
                instanceIds.add(execution.getProcessInstanceId());
            }
        }
        if (body.path("processInstanceId").isTextual()) {
            instanceIds.add(body.path("processInstanceId").asText());
        }
        for (JsonNode id : body.path("processInstanceIds")) {
            if (instanceIds.size() < MAX_AUDITED_INSTANCES && id.isTextual()) {
                instanceIds.add(id.asText());
            }
        }
        Set<String> references = new LinkedHashSet<>();
        if (body.path("businessKey").isTextual()) {
            references.add(body.path("businessKey").asText());
        }
        if (!instanceIds.isEmpty()) {
            historyService.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                    .map(HistoricProcessInstance::getBusinessKey).filter(key -> key != null && !key.isBlank())
                    .forEach(references::add);
        }
        return references;
    }

    /**
     * Runs a look-up without the caller's authorizations: the guard must see the task's form or the
     * instance's reference even where the caller may not (the engine then refuses the call itself).
     */
    private <T> T asAdministrator(Supplier<T> lookup) {
        return engineUsers.withoutAuthorizations(lookup);
    }

    private record ApiCall(String engine, List<String> segments, boolean webapp) {
    }

    private record Caller(String userId, List<String> groups) {
        boolean administrator() {
            return groups.contains(StaffRoles.ADMINS);
        }
    }

    private record Finding(GuardedOperation operation, String reason, List<String> variables) {
    }
}
