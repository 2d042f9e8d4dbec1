package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private long millis = 1_000_000;

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
    }

    @Test
    void refusesAnEmailAfterTooManyFailuresUntilTheWindowHasPassed() {
        HandClock clock = new HandClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.allows("A@example.org")).isTrue();
            throttle.failed("a@example.org");
            clock.millis += 1000;
        }
        assertThat(throttle.allows("a@example.org")).isFalse();
        assertThat(throttle.allows(" A@EXAMPLE.ORG ")).isFalse();
        assertThat(throttle.allows("b@example.org")).isTrue();
        clock.millis += SignInThrottle.WINDOW_MINUTES * 60_000;
        assertThat(throttle.allows("a@example.org")).isTrue();
        throttle.failed("a@example.org");
        throttle.succeeded("a@example.org");
        assertThat(throttle.allows("a@example.org")).isTrue();
    }
}
