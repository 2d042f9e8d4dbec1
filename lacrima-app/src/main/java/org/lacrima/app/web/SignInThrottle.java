package org.lacrima.app.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one email within
 * {@value #WINDOW_MINUTES} minutes, further attempts for that email are refused until the window
 * has passed. Kept in memory: a restart forgets it, which costs an attacker a restart per window.
 */
final class SignInThrottle {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MINUTES = 15;

    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another attempt for this email may be checked now. */
    boolean allows(String email) {
        Deque<Long> times = failures.get(key(email));
        if (times == null) {
            return true;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() < MAX_FAILURES;
        }
    }

    void failed(String email) {
        Deque<Long> times = failures.computeIfAbsent(key(email), k -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times);
            times.addLast(clock.millis());
        }
    }

    void succeeded(String email) {
        failures.remove(key(email));
    }

    private void forgetOld(Deque<Long> times) {
        long cutoff = clock.millis() - WINDOW_MINUTES * 60_000;
        while (!times.isEmpty() && times.peekFirst() < cutoff) {
            times.removeFirst();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
