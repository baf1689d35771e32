package org.privacyrequests.instructions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Find the webshop's data about the consumer": only the records held for the instructing webshop, found by the
 * consumer's address on file for the request the webshop answered; the company's own data and other webshops'
 * data are not the webshop's to instruct about.
 */
@Component("findWebshopData")
class FindWebshopDataDelegate implements JavaDelegate {

    private final PersonalDataSearch search;
    private final WebshopInstructions instructions;
    private final StepPreconditions preconditions;

    public FindWebshopDataDelegate(PersonalDataSearch search, WebshopInstructions instructions, StepPreconditions preconditions) {
        this.search = search;
        this.instructions = instructions;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.verifiedRequest(execution, "Find the webshop's data about the consumer");
        WebshopInstruction instruction = instructions.find(request.reference()).orElseThrow();
        var found = search.searchForWebshop(request.reference(), request.requesterEmail(), instruction.webshopId());
        execution.setVariable(WebshopInstructionProcess.Var.WEBSHOP_DATA_FOUND, found.count() > 0);
    }
}
