package org.privacyrequests.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Failed logins per client (IP address) in a sliding window. A client past the limit is stopped before its
 * password is checked, so a guesser from one place cannot run up the engine's own count for a staff member
 * (which locks that person out) and cannot keep guessing either.
 */
final class FailedLogins {

    /** Past this many clients, those without a failure in the window are forgotten (an attacker may vary addresses). */
    private static final int TIDY_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Supplier<Instant> clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailedLogins(int limit, Duration window, Supplier<Instant> clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit of at least 1 in a window longer than zero, not " + limit + " in " + window);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** How long this client must wait before its next login is checked, or empty when it may log in now. */
    public Optional<Duration> waitFor(String client) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.get();
        synchronized (times) {
            forgetOld(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // Free again when enough of the failures have left the window.
            Instant freeAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
            return Optional.of(Duration.between(now, freeAt).isNegative() ? Duration.ZERO : Duration.between(now, freeAt));
        }
    }

    public void failed(String client) {
        Instant now = clock.get();
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    /** Forgets every failure (tests, or an administrator who knows the failures were a colleague's typos). */
    public void forgetAll() {
        failures.clear();
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant since = now.minus(window);
        // A clock moved back (tests) leaves no failure counted from the future for longer than the window.
        Instant until = now.plus(window);
        times.removeIf(time -> !time.isAfter(since) || time.isAfter(until));
    }
}
