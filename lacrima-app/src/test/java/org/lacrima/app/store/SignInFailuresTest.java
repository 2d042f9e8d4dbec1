package org.lacrima.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.TestDatabases.Kind;

/** The throttle's arithmetic on a clock the test moves: allowance, doubling wait, cap, forgetting. */
class SignInFailuresTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private long millis = 1_000_000_000L;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        void advance(Duration d) {
            millis += d.toMillis();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theWaitStartsAtTheAllowanceDoublesIsCappedAndIsForgotten(Kind kind) {
        HandClock clock = new HandClock();
        try (Database database = TestDatabases.open(kind, dir)) {
            Clinic clinic = new Clinic(database, clock, 4);
            Clinician owner = clinic.accounts().signUp("owner@example.org", null, "a long enough password").orElseThrow();
            SignInFailures failures = clinic.signInFailures();
            String stranger = "203.0.113.9";
            for (int n = 1; n <= SignInFailures.PAIR_ALLOWANCE + 8; n++) {
                failures.failed("Owner@Example.org ", stranger);
                Optional<Duration> wait = failures.waitBefore("owner@example.org", stranger);
                if (n < SignInFailures.PAIR_ALLOWANCE) {
                    assertThat(wait).as("failure %d", n).isEmpty();
                } else {
                    Duration expected = SignInFailures.FIRST_WAIT.multipliedBy(1L << (n - SignInFailures.PAIR_ALLOWANCE));
                    assertThat(wait).as("failure %d", n).contains(
                            expected.compareTo(SignInFailures.MAX_WAIT) > 0 ? SignInFailures.MAX_WAIT : expected);
                }
            }
            // Past the per-email allowance, a new address waits too, but the owner's known address does not.
            failures.succeeded(owner, "198.51.100.7");
            for (int i = 0; i < SignInFailures.ACCOUNT_ALLOWANCE; i++) {
                failures.failed("owner@example.org", "192.0.2." + i);
            }
            assertThat(failures.waitBefore("owner@example.org", "192.0.2.200")).isPresent();
            assertThat(failures.waitBefore("owner@example.org", "198.51.100.7")).isEmpty();
            assertThat(failures.waitBefore("someone-else@example.org", "198.51.100.7")).isEmpty();

            clock.advance(SignInFailures.MAX_WAIT);
            assertThat(failures.waitBefore("owner@example.org", stranger)).isEmpty();
            // An hour after the last failure the count starts afresh: one more failure is within the allowance.
            clock.advance(SignInFailures.FORGET_AFTER);
            failures.failed("owner@example.org", stranger);
            assertThat(failures.waitBefore("owner@example.org", stranger)).isEmpty();
        }
    }
}
