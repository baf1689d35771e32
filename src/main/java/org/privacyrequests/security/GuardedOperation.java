package org.privacyrequests.security;

/**
 * What only an administrator may do through the engine's REST API: each of these steps around the process
 * model, so it would skip the identity check, the approval or the four-eyes rule it enforces.
 */
enum GuardedOperation {

    START_AT_STEP("Starting a process at a chosen step"),
    SKIP_LISTENERS("Skipping a process's listeners or input/output mappings"),
    MODIFICATION("Moving a running process to another step"),
    RESTART("Restarting a finished process"),
    MIGRATION("Migrating processes to another version"),
    VARIABLES("Changing a process's variables directly"),
    MESSAGES("Sending messages, signals or conditions into processes"),
    BPMN_ERROR("Throwing a BPMN error or escalation from a task"),
    EXTRA_VARIABLES("Setting variables that are not fields of the form");

    private final String label;

    GuardedOperation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Why a non-administrator is refused. */
    String refusal() {
        return label + " is for administrators only";
    }
}
