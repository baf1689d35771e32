package org.privacyrequests.production;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Counts, outside any transaction, how often each process instance's timer step ran, and on which node. */
public class TimerFiredRecorder {

    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> PER_NODE = new ConcurrentHashMap<>();

    public void record(DelegateExecution execution) {
        RUNS.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger()).incrementAndGet();
        // Each node's Spring context has a recorder of its own: the instance tells which node ran the step.
        PER_NODE.computeIfAbsent("recorder@" + Integer.toHexString(System.identityHashCode(this)), id -> new AtomicInteger())
                .incrementAndGet();
    }
}
