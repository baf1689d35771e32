package org.privacyrequests.requests;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Refuse a request or charge for a copy (Art. 12(5))", the small process a manager starts from Tasklist: a refusal
 * as manifestly unfounded or excessive, a fee for a further copy, or the requester's acceptance of that fee. A
 * decision the rules do not allow fails the start, so Tasklist shows the reason at once and nothing is recorded.
 */
@Component("decideUnderArt12_5")
class DecideUnderArt12_5Delegate implements JavaDelegate {

    private final UnfoundedOrExcessive refusals;
    private final FurtherCopyFees fees;

    public DecideUnderArt12_5Delegate(UnfoundedOrExcessive refusals, FurtherCopyFees fees) {
        this.refusals = refusals;
        this.fees = fees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = String.valueOf(execution.getVariable(RequestProcess.Var.REFERENCE)).trim();
        String decision = String.valueOf(execution.getVariable(RequestProcess.Var.ART_12_5_DECISION));
        String reasons = (String) execution.getVariable(RequestProcess.Var.ART_12_5_REASONS);
        switch (decision) {
            case "refuseUnfounded" -> refusals.refuse(reference, UnfoundedOrExcessive.Ground.UNFOUNDED, reasons);
            case "refuseExcessive" -> refusals.refuse(reference, UnfoundedOrExcessive.Ground.EXCESSIVE, reasons);
            case "announceFee" -> fees.announce(reference);
            case "feeAccepted" -> fees.accepted(reference);
            default -> throw new UnfoundedOrExcessive.Art12_5Refused("Choose a decision: refuse, announce a fee, or record the fee accepted.");
        }
        execution.setProcessBusinessKey(reference + "-art12-5");
    }
}
