package org.privacyrequests.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** For scenarios where a job executor or another node does the work: waits until something holds, or fails. */
public final class Eventually {

    private Eventually() {
    }

    /** Asks every 100 ms until {@code condition} holds; an AssertionError once {@code limit} has passed. */
    public static void waitUntil(Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not reached within " + limit);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
