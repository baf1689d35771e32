package org.privacyrequests.production;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The test's own bean on every node: the recorder the cluster test's timer process calls. */
@Configuration
public class ClusterTestBeans {

    @Bean("timerFired")
    public TimerFiredRecorder timerFired() {
        return new TimerFiredRecorder();
    }
}
