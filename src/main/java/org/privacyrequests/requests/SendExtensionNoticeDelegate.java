package org.privacyrequests.requests;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Send extension notice": the requester learns the new deadline and why (Art. 12(3)). */
@Component("sendExtensionNotice")
class SendExtensionNoticeDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final DataSubjectRequestRepository requests;
    private final MailModel mailModel;

    public SendExtensionNoticeDelegate(RequesterMail mail, DataSubjectRequestRepository requests, MailModel mailModel) {
        this.mail = mail;
        this.requests = requests;
        this.mailModel = mailModel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = requests.find(execution.getProcessBusinessKey()).orElseThrow();
        mail.send(request.reference(), "extension-notice", Map.of(
                "newDeadline", mailModel.date(request.deadline(), request.language()),
                "reason", request.extensionReason()));
    }
}
