package org.privacyrequests.engine;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * Which deployed Camunda Form a form reference (binding latest, deployment or version) points to, resolved as
 * the engine does for Tasklist. The public API has no call for it, so it goes through the engine's own command:
 * the one place outside the engine where that is done.
 */
@Component
public class DeployedForms {

    private final ProcessEngineConfigurationImpl engine;

    public DeployedForms(ProcessEngineConfiguration engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    public Optional<CamundaFormDefinition> resolve(CamundaFormRef ref, String deploymentId) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired().execute(new GetCamundaFormDefinitionCmd(ref, deploymentId)));
    }
}
