package org.privacyrequests.erasure;

import java.util.List;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.stereotype.Service;

/**
 * Carries out an approved erasure plan, system by system. Safe to retry: a line already carried out is
 * skipped, and each source's own erase is idempotent, so a failure half-way continues where it stopped.
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

    public void execute(String reference) {
        List<ErasurePlanItem> items = plans.of(reference);
        int erased = 0;
        int anonymised = 0;
        for (ErasurePlanItem item : items) {
            if (item.executedAt() != null || item.action() == ErasureAction.KEEP) {
                continue;
            }
            search.source(item.source()).apply(item.action(), item.recordType(), item.recordId());
            plans.markExecuted(item.id());
            if (item.action() == ErasureAction.ERASE) {
                erased++;
            } else {
                anonymised++;
            }
        }
        audit.record(reference, "Erasure carried out", erased + " record(s) erased, " + anonymised + " anonymised, "
                + items.stream().filter(i -> i.action() == ErasureAction.KEEP).count() + " kept on a legal ground");
    }
}
