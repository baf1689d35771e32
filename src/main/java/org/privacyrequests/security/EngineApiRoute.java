package org.privacyrequests.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Where a call to the engine's REST API goes, as far as the guard cares: an operation only administrators
 * may use, a process start or a task submission (whose variables must be fields of the form), or anything
 * else (left to the engine's own authorizations). Worked out from the path's segments after the engine
 * prefix ({@code /engine-rest}, {@code /engine-rest/engine/{name}} or the webapps' {@code .../api/engine/engine/{name}}).
 */
record EngineApiRoute(Kind kind, GuardedOperation operation, String processInstanceId, String taskId, String executionId,
                      String definitionId, String definitionKey, String tenantId) {

    enum Kind { NOT_GUARDED, ADMIN_ONLY, PROCESS_START, TASK_SUBMISSION }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final EngineApiRoute NOT_GUARDED = new EngineApiRoute(Kind.NOT_GUARDED, null, null, null, null, null, null, null);

    static EngineApiRoute of(String method, List<String> s) {
        boolean write = !READS.contains(method.toUpperCase(java.util.Locale.ROOT));
        if (!write || s.isEmpty()) {
            return NOT_GUARDED;
        }
        String last = s.get(s.size() - 1);
        switch (s.get(0)) {
            case "process-definition" -> {
                if (last.equals("restart") || last.equals("restart-async")) {
                    return adminOnly(GuardedOperation.RESTART, null, null, null);
                }
                if (last.equals("start") || last.equals("submit-form")) {
                    if (s.size() == 3) {
                        return new EngineApiRoute(Kind.PROCESS_START, null, null, null, null, s.get(1), null, null);
                    }
                    if (s.size() == 4 && s.get(1).equals("key")) {
                        return new EngineApiRoute(Kind.PROCESS_START, null, null, null, null, null, s.get(2), null);
                    }
                    if (s.size() == 6 && s.get(1).equals("key") && s.get(3).equals("tenant-id")) {
                        return new EngineApiRoute(Kind.PROCESS_START, null, null, null, null, null, s.get(2), s.get(4));
                    }
                    // Any other shape is no start the engine knows; still check the body as one.
                    return new EngineApiRoute(Kind.PROCESS_START, null, null, null, null, null, null, null);
                }
            }
            case "process-instance" -> {
                if (s.size() >= 2 && s.get(1).equals("variables-async")) {
                    return adminOnly(GuardedOperation.VARIABLES, null, null, null);
                }
                if (s.size() >= 3 && s.get(2).equals("modification")) {
                    return adminOnly(GuardedOperation.MODIFICATION, s.get(1), null, null);
                }
                if (s.size() >= 3 && s.get(2).equals("variables")) {
                    return adminOnly(GuardedOperation.VARIABLES, s.get(1), null, null);
                }
            }
            case "modification" -> {
                return adminOnly(GuardedOperation.MODIFICATION, null, null, null);
            }
            case "migration" -> {
                return adminOnly(GuardedOperation.MIGRATION, null, null, null);
            }
            case "message", "signal", "condition" -> {
                return adminOnly(GuardedOperation.MESSAGES, null, null, null);
            }
            case "execution" -> {
                if (s.size() >= 3 && s.get(2).equals("localVariables")) {
                    return adminOnly(GuardedOperation.VARIABLES, null, null, s.get(1));
                }
                if (s.size() >= 3 && (s.get(2).equals("signal") || s.get(2).equals("messageSubscriptions"))) {
                    return adminOnly(GuardedOperation.MESSAGES, null, null, s.get(1));
                }
            }
            case "task" -> {
                if (s.size() >= 3) {
                    String taskId = s.get(1);
                    switch (s.get(2)) {
                        case "variables", "localVariables" -> {
                            return adminOnly(GuardedOperation.VARIABLES, null, taskId, null);
                        }
                        case "bpmnError", "bpmnEscalation" -> {
                            return adminOnly(GuardedOperation.BPMN_ERROR, null, taskId, null);
                        }
                        case "complete", "submit-form", "resolve" -> {
                            return new EngineApiRoute(Kind.TASK_SUBMISSION, null, null, taskId, null, null, null, null);
                        }
                        default -> {
                        }
                    }
                }
            }
            default -> {
            }
        }
        return NOT_GUARDED;
    }

    private static EngineApiRoute adminOnly(GuardedOperation operation, String processInstanceId, String taskId, String executionId) {
        return new EngineApiRoute(Kind.ADMIN_ONLY, operation, processInstanceId, taskId, executionId, null, null, null);
    }

    /**
     * The path's segments as the REST resources match them: no empty or "." segments, ".." resolved.
     * The path comes decoded and without ";" parameters (UrlPathHelper), so no spelling reaches a resource
     * unseen.
     */
    static List<String> segments(String decodedPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decodedPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return List.copyOf(segments);
    }
}
