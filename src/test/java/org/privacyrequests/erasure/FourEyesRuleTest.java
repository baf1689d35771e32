package org.privacyrequests.erasure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.erasure.FourEyesRule.FourEyesViolation;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RecordedDecision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.security.StaffRoles;

/**
 * Four eyes on an erasure, without the engine: who prepares a plan is recorded, and only another person, who is a
 * manager, can approve it. The task, its request and the identity service are stand-ins; the decisions recorded are
 * what the test checks.
 */
class FourEyesRuleTest {

    private static final String REFERENCE = "DSR-2026-000012";
    private static final String PREPARE = "UserTask_PrepareErasurePlan";
    private static final String APPROVE = "UserTask_ApproveErasure";
    private static final String DIGEST = "plan-digest-1";

    private final AuditTrail audit = mock(AuditTrail.class);
    private final RequestDecisions decisions = mock(RequestDecisions.class);
    private final ErasurePlans plans = mock(ErasurePlans.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final UserQuery users = mock(UserQuery.class, RETURNS_SELF);
    private final GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
    private final DelegateTask task = mock(DelegateTask.class);
    private final FourEyesRule rule = new FourEyesRule(audit, decisions, plans);

    @BeforeEach
    void anErasureRequestWithAPlan() {
        DelegateExecution request = mock(DelegateExecution.class);
        ProcessEngineServices engine = mock(ProcessEngineServices.class);
        when(task.getExecution()).thenReturn(request);
        when(request.getProcessBusinessKey()).thenReturn(REFERENCE);
        when(task.getProcessEngineServices()).thenReturn(engine);
        when(engine.getIdentityService()).thenReturn(identity);
        when(identity.createUserQuery()).thenReturn(users);
        when(identity.createGroupQuery()).thenReturn(groups);
        when(plans.digest(REFERENCE)).thenReturn(DIGEST);
    }

    @Test
    void the_preparer_of_a_plan_is_recorded_with_the_plan_and_shown_to_the_approver_by_name() {
        User anna = mock(User.class);
        when(anna.getFirstName()).thenReturn("Anna");
        when(anna.getLastName()).thenReturn("de Vries");
        when(users.singleResult()).thenReturn(anna);
        completes(PREPARE, "anna", null);

        rule.notify(task);

        verify(decisions).record(REFERENCE, Decision.ERASURE_PLAN_PREPARED, Basis.REVIEW, "anna", DIGEST);
        verify(users).userId("anna");
        verify(task).setVariable("erasurePreparedBy", "anna");
        verify(task).setVariable("erasurePreparedByName", "Anna de Vries (anna)");
    }

    @Test
    void a_preparer_without_a_name_in_the_user_list_is_shown_by_login_only() {
        when(users.singleResult()).thenReturn(null);
        completes(PREPARE, "anna", null);

        rule.notify(task);

        verify(decisions).record(REFERENCE, Decision.ERASURE_PLAN_PREPARED, Basis.REVIEW, "anna", DIGEST);
        verify(task).setVariable("erasurePreparedBy", "anna");
        verify(task, never()).setVariable(eq("erasurePreparedByName"), any());
    }

    @Test
    void no_plan_is_prepared_or_approved_by_the_system_when_no_one_is_logged_in() {
        completes(PREPARE, AuditTrail.SYSTEM, null);
        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class)
                .hasMessageContaining("people who are logged in");
        completes(APPROVE, AuditTrail.SYSTEM, "yes");
        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class);
        verifyNoInteractions(decisions);
    }

    @Test
    void the_manager_who_prepared_the_plan_cannot_approve_it_too() {
        preparedBy("bart");
        completes(APPROVE, "bart", "yes");

        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class)
                .hasMessage("Four-eyes rule: the erasure plan was prepared by bart; another manager must approve or reject it.");
        verify(decisions, never()).record(anyString(), any(), any(), anyString(), anyString());
    }

    @Test
    void the_preparer_cannot_reject_the_plan_either() {
        preparedBy("bart");
        completes(APPROVE, "bart", "no");

        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class);
    }

    @Test
    void a_plan_that_no_one_prepared_cannot_be_approved() {
        when(decisions.latest(REFERENCE, Decision.ERASURE_PLAN_PREPARED)).thenReturn(Optional.empty());
        completes(APPROVE, "carla", "yes");

        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class);
        verify(decisions, never()).record(anyString(), any(), any(), anyString(), anyString());
    }

    @Test
    void another_manager_approves_and_the_approval_is_recorded_with_the_plan_it_approved() {
        preparedBy("bart");
        completes(APPROVE, "carla", "yes");
        when(groups.count()).thenReturn(1L);

        rule.notify(task);

        verify(groups).groupMember("carla");
        verify(groups).groupId(StaffRoles.MANAGERS);
        verify(decisions).record(REFERENCE, Decision.ERASURE_APPROVED, Basis.REVIEW, "carla", DIGEST);
    }

    @Test
    void a_colleague_who_is_not_a_manager_cannot_approve_an_erasure() {
        preparedBy("bart");
        completes(APPROVE, "dirk", "yes");
        when(groups.count()).thenReturn(0L);

        assertThatThrownBy(() -> rule.notify(task)).isInstanceOf(FourEyesViolation.class)
                .hasMessage("Four-eyes rule: only a manager approves an erasure; dirk is not a manager.");
        verify(decisions, never()).record(anyString(), any(), any(), anyString(), anyString());
    }

    @Test
    void a_rejection_by_someone_other_than_the_preparer_goes_through_and_records_no_approval() {
        preparedBy("bart");
        completes(APPROVE, "carla", "no");

        assertThatNoException().isThrownBy(() -> rule.notify(task));
        verify(decisions, never()).record(anyString(), any(), any(), anyString(), anyString());
    }

    private void completes(String taskKey, String user, String approved) {
        when(task.getTaskDefinitionKey()).thenReturn(taskKey);
        when(audit.currentActor()).thenReturn(user);
        when(task.getVariable("erasureApproved")).thenReturn(approved);
    }

    private void preparedBy(String user) {
        when(decisions.latest(REFERENCE, Decision.ERASURE_PLAN_PREPARED)).thenReturn(Optional.of(new RecordedDecision(
                1, REFERENCE, Decision.ERASURE_PLAN_PREPARED, Basis.REVIEW, user, Instant.parse("2026-11-02T10:00:00Z"), DIGEST)));
    }
}
