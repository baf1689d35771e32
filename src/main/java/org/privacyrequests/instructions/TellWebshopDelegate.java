package org.privacyrequests.instructions;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.erasure.ErasurePlanItem;
import org.privacyrequests.erasure.ErasurePlans;
import org.privacyrequests.requests.RequestOutcome;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.routing.Webshop;
import org.privacyrequests.routing.Webshops;
import org.springframework.stereotype.Component;

/**
 * "Tell the webshop what was done": an answer to the webshop's mail, to its privacy contact on file, saying per
 * system what was erased (as the plan lines carried out say), which fields were corrected, or that nothing was
 * held or the instruction could not be confirmed. The consumer hears from the webshop, not from us.
 */
@Component("tellWebshopWhatWasDone")
class TellWebshopDelegate implements JavaDelegate {

    private final WebshopInstructions instructions;
    private final Webshops webshops;
    private final ErasurePlans plans;
    private final RequesterMail mail;
    private final DataSubjectRequestRepository requests;
    private final AuditTrail audit;
    private final org.privacyrequests.requests.RequestDecisions decisions;
    private final org.privacyrequests.lookup.FoundRecords foundRecords;

    public TellWebshopDelegate(WebshopInstructions instructions, Webshops webshops, ErasurePlans plans, RequesterMail mail,
                               DataSubjectRequestRepository requests, AuditTrail audit, org.privacyrequests.requests.RequestDecisions decisions,
                               org.privacyrequests.lookup.FoundRecords foundRecords) {
        this.decisions = decisions;
        this.foundRecords = foundRecords;
        this.instructions = instructions;
        this.webshops = webshops;
        this.plans = plans;
        this.mail = mail;
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        WebshopInstruction instruction = instructions.find(reference).orElseThrow();
        Webshop webshop = webshops.get(instruction.webshopId());
        var request = requests.find(reference).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("webshop", Map.of("name", webshop.name()));
        model.put("consumerEmail", request.requesterEmail());
        model.put("aboutReference", instruction.aboutReference());
        // Whether the instruction was proved the webshop's, as the records say (our mail server, or support with the webshop).
        boolean confirmed = decisions.latest(reference, org.privacyrequests.requests.Decision.IDENTITY_VERIFIED).isPresent();
        model.put("confirmed", confirmed);
        model.put("dataFound", !foundRecords.of(reference).isEmpty());
        model.put("erased", erased(plans.of(reference)));
        Object fields = execution.getVariable(RequestProcess.Var.CORRECTED_FIELDS);
        model.put("correctedFields", fields instanceof List<?> list ? List.copyOf(list) : List.of());
        Object erasureApproved = execution.getVariable(RequestProcess.Var.ERASURE_APPROVED);
        model.put("erasureRefused", erasureApproved != null && !"yes".equals(erasureApproved));
        model.put("correctionRefused", "refused".equals(execution.getVariable(RequestProcess.Var.CORRECTION_DECISION)));
        Object refused = execution.getVariable(RequestProcess.Var.REFUSAL_REASON);
        if (refused != null && !refused.toString().isBlank()) {
            model.put("refusalReason", refused.toString());
        }
        mail.sendTo(webshop.privacyContactEmail(), webshop.language(), reference, "webshop-instruction-done", model, instruction.messageId());
        for (RequestOutcome outcome : outcomes(confirmed, model)) {
            requests.addOutcome(reference, outcome);
        }
        audit.record(reference, AuditEvent.of(AuditAction.WEBSHOP_TOLD).with("webshop", webshop.name()).with("address", webshop.privacyContactEmail()));
    }

    /** What became of the instruction, as the records and the steps taken say: per right carried out or refused. */
    private static List<RequestOutcome> outcomes(boolean confirmed, Map<String, Object> model) {
        if (!confirmed) {
            return List.of(RequestOutcome.INSTRUCTION_NOT_CONFIRMED);
        }
        if (!Boolean.TRUE.equals(model.get("dataFound"))) {
            return List.of(RequestOutcome.NO_DATA_HELD);
        }
        List<RequestOutcome> outcomes = new ArrayList<>();
        if (!((List<?>) model.get("erased")).isEmpty()) {
            outcomes.add(RequestOutcome.ERASED);
        }
        if (Boolean.TRUE.equals(model.get("erasureRefused"))) {
            outcomes.add(RequestOutcome.ERASURE_REFUSED);
        }
        if (!((List<?>) model.get("correctedFields")).isEmpty()) {
            outcomes.add(RequestOutcome.RECTIFIED);
        }
        if (Boolean.TRUE.equals(model.get("correctionRefused"))) {
            outcomes.add(RequestOutcome.RECTIFICATION_REFUSED);
        }
        return outcomes;
    }

    /** Per system and category, how many records were erased or anonymised: counts, no personal data. */
    private static List<Map<String, Object>> erased(List<ErasurePlanItem> items) {
        Map<List<String>, Long> counts = items.stream().filter(i -> i.executedAt() != null)
                .collect(Collectors.groupingBy(i -> List.of(i.source(), i.category()), LinkedHashMap::new, Collectors.counting()));
        List<Map<String, Object>> lines = new ArrayList<>();
        counts.forEach((key, n) -> lines.add(Map.of("system", key.get(0), "category", key.get(1), "count", n)));
        return lines;
    }
}
