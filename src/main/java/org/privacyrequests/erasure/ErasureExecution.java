package org.privacyrequests.erasure;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.stereotype.Service;

/**
 * Carries out an approved erasure plan, system by system, exactly as the plan (the dry run the manager
 * approved) says. Safe to retry: a line already carried out is skipped, and each source's own erase is
 * idempotent, so a failure half-way continues where it stopped. Each system's result goes to the audit trail.
 */
@Service
public class ErasureExecution {

    private final ErasurePlans plans;
    private final PersonalDataSearch search;
    private final AuditTrail audit;

    public ErasureExecution(ErasurePlans plans, PersonalDataSearch search, AuditTrail audit) {
        this.plans = plans;
        this.search = search;
        this.audit = audit;
    }

    /** @return per system, the plan lines carried out now (lines already carried out count no more) */
    public Map<String, Integer> execute(String reference) {
        List<ErasurePlanItem> items = plans.of(reference);
        Map<String, int[]> perSource = new LinkedHashMap<>();
        // Rows found through others (invoice lines through invoices) come later in the plan: erase them first.
        List<ErasurePlanItem> childrenFirst = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(childrenFirst);
        Map<String, List<ErasurePlanItem>> bySource = new LinkedHashMap<>();
        childrenFirst.forEach(i -> bySource.computeIfAbsent(i.source(), s -> new java.util.ArrayList<>()).add(i));
        // Each system's part in one transaction of its own database: all of it, or (retried later) none.
        bySource.forEach((source, sourceItems) -> perSource.put(source, search.source(source).inTransaction(() -> {
            int[] counts = new int[3];
            for (ErasurePlanItem item : sourceItems) {
                if (item.action() == ErasureAction.KEEP) {
                    counts[2]++;
                } else if (item.executedAt() == null) {
                    search.source(item.source()).apply(item.action(), item.recordType(), item.recordId());
                    plans.markExecuted(item.id());
                    counts[item.action() == ErasureAction.ERASE ? 0 : 1]++;
                }
            }
            return counts;
        })));
        Map<String, Integer> carriedOut = new LinkedHashMap<>();
        perSource.forEach((source, counts) -> {
            carriedOut.put(source, counts[0] + counts[1]);
            audit.record(reference, AuditEvent.of(AuditAction.ERASURE_CARRIED_OUT).with("system", source).with("erased", counts[0])
                    .with("anonymised", counts[1]).with("kept", counts[2]));
        });
        return carriedOut;
    }
}
