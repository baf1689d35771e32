package org.privacyrequests.complaints;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Pass the reply on to the complaint", in the small process support starts from Tasklist for a reply
 * that came by phone or letter. A complaint that is not waiting for a reply fails the start with the reason.
 */
@Component("recordComplaintReply")
class RecordComplaintReplyDelegate implements JavaDelegate {

    private final ComplainantReply reply;

    public RecordComplaintReplyDelegate(ComplainantReply reply) {
        this.reply = reply;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ((String) execution.getVariable(ComplaintProcess.Var.REFERENCE)).trim();
        reply.record(reference, "yes".equals(execution.getVariable(ComplaintProcess.Var.SATISFIED)), (String) execution.getVariable(ComplaintProcess.Var.REPLY_NOTE));
        execution.setProcessBusinessKey(reference + "-reply");
    }
}
