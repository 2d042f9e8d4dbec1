package org.lacrima.app.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed sign-ins, kept in the database so a restart forgets nothing. Three counters grow with each
 * failure, each with its own allowance before an exponential back-off starts:
 * <ul>
 *   <li>per email and source address ({@value #PAIR_ALLOWANCE} failures): the guesser at that address
 *       waits; the owner elsewhere does not;</li>
 *   <li>per source address over all emails ({@value #ADDRESS_ALLOWANCE}): one address trying many
 *       accounts waits before any more passwords are hashed;</li>
 *   <li>per email over all addresses ({@value #ACCOUNT_ALLOWANCE}): guesses spread over many
 *       addresses wait, except from addresses the owner has signed in from before.</li>
 * </ul>
 * The wait doubles with each failure past the allowance, from 30 seconds up to {@link #MAX_WAIT}; a
 * counter falls back to zero {@link #FORGET_AFTER} after its last failure. A refused attempt never
 * reaches the password check, so guessing costs the server no bcrypt work while it waits.
 */
public final class SignInFailures {
    static final int PAIR_ALLOWANCE = 10;
    static final int ADDRESS_ALLOWANCE = 30;
    static final int ACCOUNT_ALLOWANCE = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Stands for "any" in the email or address column. */
    private static final String ANY = "*";

    private final Jdbi jdbi;
    private final Clock clock;

    SignInFailures(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** How long this email from this address must still wait; empty if it may try now. */
    public Optional<Duration> waitBefore(String email, String address) {
        String e = normalise(email);
        long now = clock.millis();
        return jdbi.withHandle(h -> {
            long until = Math.max(blockedUntil(h, e, address), blockedUntil(h, ANY, address));
            if (!knownAddress(h, e, address)) {
                until = Math.max(until, blockedUntil(h, e, ANY));
            }
            return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
        });
    }

    /** Counts a failed attempt against the pair, the address and the email. */
    public void failed(String email, String address) {
        String e = normalise(email);
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            count(h, e, address, PAIR_ALLOWANCE, now);
            count(h, ANY, address, ADDRESS_ALLOWANCE, now);
            count(h, e, ANY, ACCOUNT_ALLOWANCE, now);
        });
    }

    /** A good sign-in: the pair starts afresh and the address becomes one the owner is known at. */
    public void succeeded(Clinician clinician, String address) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_failures WHERE email = :e AND address = :a")
                    .bind("e", clinician.email()).bind("a", address).execute();
            h.createUpdate("INSERT INTO known_addresses (clinician_id, address, last_seen) VALUES (:c, :a, :now) "
                            + "ON CONFLICT (clinician_id, address) DO UPDATE SET last_seen = :now")
                    .bind("c", clinician.id()).bind("a", address).bind("now", now).execute();
        });
    }

    private void count(Handle h, String email, String address, int allowance, long now) {
        record Row(int failures, long lastFailed) {
        }
        Optional<Row> row = h.createQuery("SELECT failures, last_failed FROM sign_in_failures "
                        + "WHERE email = :e AND address = :a").bind("e", email).bind("a", address)
                .map((rs, ctx) -> new Row(rs.getInt("failures"), rs.getLong("last_failed"))).findOne();
        int failures = row.filter(r -> now - r.lastFailed() < FORGET_AFTER.toMillis()).map(Row::failures).orElse(0) + 1;
        long blockedUntil = failures < allowance ? 0 : now + backoff(failures - allowance).toMillis();
        h.createUpdate("INSERT INTO sign_in_failures (email, address, failures, last_failed, blocked_until) "
                        + "VALUES (:e, :a, :n, :now, :until) ON CONFLICT (email, address) DO UPDATE "
                        + "SET failures = :n, last_failed = :now, blocked_until = :until")
                .bind("e", email).bind("a", address).bind("n", failures).bind("now", now).bind("until", blockedUntil)
                .execute();
    }

    /** {@link #FIRST_WAIT} at the allowance, doubling with each further failure up to {@link #MAX_WAIT}. */
    static Duration backoff(int beyondAllowance) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyondAllowance, 20));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static long blockedUntil(Handle h, String email, String address) {
        return h.createQuery("SELECT blocked_until FROM sign_in_failures WHERE email = :e AND address = :a")
                .bind("e", email).bind("a", address).mapTo(Long.class).findOne().orElse(0L);
    }

    private static boolean knownAddress(Handle h, String email, String address) {
        return h.createQuery("SELECT COUNT(*) FROM known_addresses k JOIN clinicians c ON c.id = k.clinician_id "
                        + "WHERE c.email = :e AND k.address = :a")
                .bind("e", email).bind("a", address).mapTo(Integer.class).one() > 0;
    }

    private static String normalise(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return e.equals(ANY) ? "" : e;
    }
}
