package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send erasure answer". */
@Component("sendErasureAnswer")
class SendErasureAnswerDelegate implements JavaDelegate {

    private final ErasureAnswer answer;

    public SendErasureAnswerDelegate(ErasureAnswer answer) {
        this.answer = answer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answer.send(execution.getProcessBusinessKey());
    }
}
