package org.privacyrequests.tasklist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a task's name says in Tasklist, so that support tells one request's "Verify identity" from another's
 * and finds it by typing the reference into Tasklist's search (which searches task names by default): the
 * step, the case's reference and the rights asked for, e.g. "Verify identity · DSR-2026-000012 · access, erasure".
 *
 * <p>Deliberately no requester address or name: a task name is copied into the engine's history, where the
 * product's clean-up of personal data (it removes variables) does not reach, and every role that may see the
 * task already sees the requester's address on the card (a process variable Tasklist's filters show). Nor the
 * days left: a name is fixed when the task is created, and Tasklist's due date counts down by itself.
 */
record TaskCard(String step, String reference, List<String> rights) {

    static final String SEPARATOR = " · ";
    /** The engine's column for a task's name. */
    static final int MAX_LENGTH = 255;

    static TaskCard of(String step, String reference, Collection<?> rights) {
        List<String> words = rights == null ? List.of() : rights.stream()
                .map(r -> String.valueOf(r).trim().toLowerCase(Locale.ROOT))
                .filter(r -> !r.isEmpty())
                .map(r -> r.equals("unclear") ? "rights unclear" : r)
                .distinct().toList();
        return new TaskCard(step, reference == null || reference.isBlank() ? null : reference.trim(), words);
    }

    String name() {
        StringBuilder name = new StringBuilder(step == null ? "" : step);
        if (reference != null && !name.toString().contains(reference)) {
            name.append(SEPARATOR).append(reference);
        }
        if (!rights.isEmpty()) {
            name.append(SEPARATOR).append(rights.stream().collect(Collectors.joining(", ")));
        }
        return name.length() <= MAX_LENGTH ? name.toString() : name.substring(0, MAX_LENGTH - 1) + "…";
    }

    /**
     * The follow-up date Tasklist shows on the card, marked once it has passed: the day the task becomes due
     * soon (the reminder date), not before the task exists, so a task that is due soon at once is marked at once.
     */
    static Instant followUp(Instant dueSoonFrom, Instant created) {
        return dueSoonFrom.isBefore(created) ? created : dueSoonFrom;
    }
}
