package org.privacyrequests.erasure;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.policy.RetentionDecision;
import org.privacyrequests.policy.RetentionPolicy;
import org.springframework.stereotype.Service;

/**
 * Works out the erasure plan of a request from the controller data found and the retention policy, and
 * summarises it for the people who prepare and approve it (categories and counts, no personal data).
 */
@Service
class ErasurePlanner {

    private final FoundRecords foundRecords;
    private final RetentionPolicy retentionPolicy;
    private final ErasurePlans plans;
    private final AuditTrail audit;

    public ErasurePlanner(FoundRecords foundRecords, RetentionPolicy retentionPolicy, ErasurePlans plans, AuditTrail audit) {
        this.foundRecords = foundRecords;
        this.retentionPolicy = retentionPolicy;
        this.plans = plans;
        this.audit = audit;
    }

    public List<ErasurePlanItem> workOut(String reference) {
        List<ErasurePlanItem> items = foundRecords.controllerRecords(reference).stream().map(r -> item(reference, r)).toList();
        plans.replace(reference, items);
        audit.record(reference, planned(items));
        return plans.of(reference);
    }

    /**
     * The plan for a webshop's instruction to erase: every record found for that webshop (the search kept no other)
     * is erased as its configuration says. The webshop is the controller and has decided; our retention policy's periods are
     * for the company's own data, not for data we hold on its behalf.
     */
    public List<ErasurePlanItem> workOutForWebshop(String reference) {
        List<ErasurePlanItem> items = foundRecords.of(reference).stream()
                .filter(r -> r.role() == org.privacyrequests.lookup.ProcessingRole.PROCESSOR)
                .map(r -> new ErasurePlanItem(0, reference, r.source(), r.recordType(), r.recordId(), r.category().code(),
                        ErasureAction.ERASE, null, null, WEBSHOP_INSTRUCTION, null))
                .toList();
        plans.replace(reference, items);
        audit.record(reference, planned(items).with("onWebshopInstruction", true));
        return plans.of(reference);
    }

    /** The legal ground of a line erased on the instruction of the webshop that is the controller (Art. 28(3)(a)). */
    static final String WEBSHOP_INSTRUCTION = "webshop-instruction";

    private ErasurePlanItem item(String reference, PersonalRecord record) {
        RetentionDecision decision = retentionPolicy.onErasureRequest(record);
        return new ErasurePlanItem(0, reference, record.source(), record.recordType(), record.recordId(),
                record.category().code(), decision.action(), decision.keepUntil(),
                decision.keepCondition() == null ? null
                        : decision.keepCondition() + (decision.keepPeriod() == null ? "" : ":" + decision.keepPeriod()),
                decision.legalGround(), null);
    }

    /** The plan for the audit trail: how many records are erased, anonymised and kept. */
    private static AuditEvent planned(List<ErasurePlanItem> items) {
        AuditEvent event = AuditEvent.of(AuditAction.ERASURE_PLAN_WORKED_OUT);
        for (ErasureAction action : ErasureAction.values()) {
            event = event.with(action.name().toLowerCase(java.util.Locale.ROOT), items.stream().filter(i -> i.action() == action).count());
        }
        return event;
    }

    /** Markdown for the forms: per action, which systems and categories and how many records. */
    public static String summary(List<ErasurePlanItem> items) {
        if (items.isEmpty()) {
            return "Nothing to erase: no controller data was found.";
        }
        StringBuilder s = new StringBuilder();
        for (ErasureAction action : ErasureAction.values()) {
            Map<String, Long> counts = items.stream().filter(i -> i.action() == action)
                    .collect(Collectors.groupingBy(i -> describe(i), LinkedHashMap::new, Collectors.counting()));
            if (counts.isEmpty()) {
                continue;
            }
            s.append("\n**").append(switch (action) {
                case ERASE -> "Erase";
                case ANONYMISE -> "Anonymise";
                case KEEP -> "Keep";
            }).append("**\n\n");
            counts.forEach((what, n) -> s.append("- ").append(what).append(": ").append(n).append(" record(s)\n"));
        }
        return s.toString().trim();
    }

    private static String describe(ErasurePlanItem i) {
        String base = i.source() + " / " + i.category();
        if (i.action() != ErasureAction.KEEP) {
            return base;
        }
        String until = i.keepUntil() != null ? "until " + i.keepUntil()
                : i.keepCondition() != null && i.keepCondition().startsWith("while-customer") ? "while a customer"
                : "for " + period(i.keepCondition().substring(i.keepCondition().indexOf(':') + 1)) + " after the relationship ends";
        return base + " (" + until + "; " + LEGAL_GROUNDS.getOrDefault(i.legalGround(), String.valueOf(i.legalGround())) + ")";
    }

    /** The grounds of the retention policy for keeping data, as staff read them in the plan. */
    private static final Map<String, String> LEGAL_GROUNDS = Map.of(
            "fiscal-retention", "fiscal retention duty",
            "contract", "needed for the contract",
            "legal-claims", "evidence of what was agreed",
            "returning-customer", "to help a returning customer",
            "processor-contract", "held for the webshop, which decides");

    /** "7 years", "14 months", "30 days": a period of the retention policy in one unit. */
    private static String period(String isoPeriod) {
        return org.privacyrequests.policy.PeriodInOneUnit.of(java.time.Period.parse(isoPeriod)).toString();
    }
}
