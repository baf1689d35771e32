package org.privacyrequests.retention;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Map;
import java.util.Set;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalDataSource.RetentionCut;
import org.privacyrequests.minimisation.GatheredDataCleanup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a planned sweep in batches, each committed on its own with the line's progress: a failure
 * half-way (an incident) loses no batch already done, and a retry goes on with the rows still due, since
 * erased or anonymised rows no longer match. No line changes more rows than its plan said, so a rule edited
 * after approval cannot wipe more than the manager saw. Rows protected since planning stay untouched.
 */
@Service
public class RetentionSweepExecution {

    private final RetentionSweeps sweeps;
    private final PersonalDataSearch search;
    private final ProtectedRows protectedRows;
    private final GatheredDataCleanup ownRecords;
    private final RetentionProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate batchTransaction;
    private final org.camunda.bpm.engine.IdentityService identityService;

    public RetentionSweepExecution(RetentionSweeps sweeps, PersonalDataSearch search, ProtectedRows protectedRows,
                                   GatheredDataCleanup ownRecords, RetentionProperties properties, AuditTrail audit,
                                   PlatformTransactionManager transactionManager, org.camunda.bpm.engine.IdentityService identityService) {
        this.identityService = identityService;
        this.sweeps = sweeps;
        this.search = search;
        this.protectedRows = protectedRows;
        this.ownRecords = ownRecords;
        this.properties = properties;
        this.audit = audit;
        this.batchTransaction = new TransactionTemplate(transactionManager);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void execute(long sweepId) {
        requireApproved(sweepId);
        sweeps.status(sweepId, RetentionSweeps.Status.RUNNING, null);
        Map<String, Map<String, Set<String>>> protectedBySource = new java.util.HashMap<>();
        var lines = sweeps.lines(sweepId);
        if (lines.stream().anyMatch(l -> RetentionSweeps.OWN_RECORDS.equals(l.source()) && l.toCarryOut() > 0)) {
            carryOutOwnRecords(lines);
        }
        for (SweepLine line : lines) {
            if (line.note() != null || line.toCarryOut() == 0 || RetentionSweeps.OWN_RECORDS.equals(line.source())) {
                continue;
            }
            PersonalDataSource source = search.source(line.source());
            Set<String> keys = protectedBySource.computeIfAbsent(line.source(), s -> protectedRows.in(source))
                    .getOrDefault(line.table(), Set.of());
            RetentionCut cut = new RetentionCut(ErasureAction.valueOf(line.action()), line.countedFrom(), line.cutoff());
            long done = line.rowsDone();
            // Each batch starts after the last key the one before looked at; a retry starts from the first again.
            Object after = null;
            while (done < line.toCarryOut()) {
                int limit = (int) Math.min(properties.batchSize(), line.toCarryOut() - done);
                Object from = after;
                var batch = batchTransaction.execute(status -> {
                    var applied = source.applyDue(line.table(), cut, keys, limit, from);
                    sweeps.progress(line.id(), applied.changed());
                    return applied;
                });
                if (batch == null || batch.lastKey() == null) {
                    break;
                }
                done += batch.changed();
                after = batch.lastKey();
            }
            batchTransaction.executeWithoutResult(status -> sweeps.lineFinished(line.id()));
        }
    }

    /**
     * Asks the sweep's own record whether it may run: a real (not dry) run, planned or half-way, and, above the limit
     * a sweep may run by itself, approved by a manager. Otherwise it is refused: an audit entry and an incident.
     */
    private void requireApproved(long sweepId) {
        Map<String, Object> sweep = sweeps.sweep(sweepId);
        String status = String.valueOf(sweep.get("status"));
        String reason = null;
        if (Boolean.TRUE.equals(sweep.get("dry_run"))) {
            reason = "it is a dry run";
        } else if (!status.equals(RetentionSweeps.Status.PLANNED.name()) && !status.equals(RetentionSweeps.Status.RUNNING.name())) {
            reason = "its status is " + status;
        } else if (((Number) sweep.get("rows_due")).longValue() > properties.autoRunLimit()) {
            Object manager = sweep.get("decided_by");
            if (manager == null) {
                reason = "it is larger than the limit a sweep may run by itself, and no manager approved it";
            } else if (identityService.createGroupQuery().groupMember(manager.toString())
                    .groupId(org.privacyrequests.security.StaffRoles.MANAGERS).count() == 0) {
                reason = manager + ", who approved it, is not a manager";
            }
        }
        if (reason != null) {
            String message = "\"Carry out retention sweep\" refused for sweep " + sweepId + ": " + reason + ".";
            String finalReason = reason;
            batchTransaction.executeWithoutResult(tx -> audit.recordBy(RetentionSweeps.reference(sweepId), AuditTrail.SYSTEM,
                    AuditEvent.of(AuditAction.STEP_REFUSED).with("step", "Carry out retention sweep").with("reason", finalReason)));
            throw new org.privacyrequests.engine.StepRefused(message);
        }
    }

    /** The product's own records: one idempotent set of statements for both lines, run again on a retry. */
    private void carryOutOwnRecords(java.util.List<SweepLine> lines) {
        batchTransaction.executeWithoutResult(status -> {
            var result = ownRecords.cleanUp();
            for (SweepLine line : lines) {
                if (RetentionSweeps.OWN_RECORDS.equals(line.source())) {
                    sweeps.progress(line.id(), "gathered".equals(line.table()) ? result.gatheredRows() : result.recordRows());
                    sweeps.lineFinished(line.id());
                }
            }
        });
    }

    /** Writes the result per rule to the audit trail and closes the sweep. */
    public void record(long sweepId) {
        String reference = RetentionSweeps.reference(sweepId);
        long erased = 0;
        long anonymised = 0;
        long skipped = 0;
        for (SweepLine line : sweeps.lines(sweepId)) {
            if (line.note() != null || line.rowsDue() == 0) {
                continue;
            }
            audit.recordBy(reference, AuditTrail.SYSTEM, AuditEvent.of(AuditAction.RETENTION_RULE_APPLIED).with("rule", line.rule())
                    .with("system", line.source()).with("table", line.table()).with("rows", line.rowsDone())
                    .with("action", "ANONYMISE".equals(line.action()) ? "ANONYMISE" : "ERASE").with("skipped", line.rowsProtected()));
            if ("ANONYMISE".equals(line.action())) {
                anonymised += line.rowsDone();
            } else {
                erased += line.rowsDone();
            }
            skipped += line.rowsProtected();
        }
        audit.recordBy(reference, AuditTrail.SYSTEM, AuditEvent.of(AuditAction.RETENTION_SWEEP_DONE).with("erased", erased)
                .with("anonymised", anonymised).with("skipped", skipped));
        sweeps.finished(sweepId, RetentionSweeps.Status.DONE);
    }
}
