package org.privacyrequests.engine;

/**
 * A step that would disclose, change or erase personal data found that its preconditions do not hold in the
 * product's records. The engine turns it into an incident at once (no retries: the records will not change by
 * waiting); a retry in Cockpit checks again.
 */
public class StepRefused extends RuntimeException {

    public StepRefused(String message) {
        super(message);
    }
}
