package org.privacyrequests.retention;

import org.springframework.stereotype.Component;

/**
 * When the daily retention sweep starts: read by the timer start event of retention-enforcement.bpmn.
 * Public: the process model's expressions call it, and the engine's expression language reaches public classes only.
 */
@Component("retentionSchedule")
public class RetentionSchedule {

    private final RetentionProperties properties;

    public RetentionSchedule(RetentionProperties properties) {
        this.properties = properties;
    }

    public String cron() {
        return properties.schedule();
    }
}
