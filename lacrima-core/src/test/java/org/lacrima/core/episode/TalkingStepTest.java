package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Talking's step and plateau told from a crying build-up that peaks and turns ({@link TalkingStep}). */
class TalkingStepTest {
    private static final double RATE_HZ = 4;
    private static final double MIN_BUILD_UP_SEC = DetectorSettings.defaults().minBuildUpSec();

    /** S from {@code shape} (time since 60 s before the onset), with a little deterministic wander. */
    private static AxisHistory history(double durationSec, DoubleUnaryOperator shape) {
        AxisHistory h = new AxisHistory(RATE_HZ, true);
        for (int k = 0; k < durationSec * RATE_HZ; k++) {
            double t = k / RATE_HZ;
            h.add(shape.applyAsDouble(t) + 0.3 * Math.sin(0.7 * t) * Math.cos(0.23 * t), 1, 0, 1, Double.NaN);
        }
        return h;
    }

    private static boolean judged(AxisHistory h) {
        int onset = (int) (60 * RATE_HZ);
        return TalkingStep.stepAndPlateau(h, onset, h.length(), 0, MIN_BUILD_UP_SEC);
    }

    /** A step smoothed over about 12 s (the indices' smoothing), rising from {@code at}. */
    private static double smoothStep(double t, double at) {
        double d = (t - at) / 12;
        return d <= 0 ? 0 : d >= 1 ? 1 : 0.5 * (1 - Math.cos(Math.PI * d));
    }

    @Test
    void aSpeechTurnsStepHeldForAMinuteIsTalking() {
        // 4 z up within seconds at 60 s, held while speaking for 60 s, back down with a 15-s time constant
        AxisHistory h = history(240, t -> 4 * (smoothStep(t, 58) - (t > 120 ? 1 - Math.exp(-(t - 120) / 15) : 0)));
        assertThat(judged(h)).isTrue();
    }

    @Test
    void aShortTurnsStepIsNoPlateau() {
        AxisHistory h = history(240, t -> 4 * (smoothStep(t, 58) - (t > 80 ? 1 - Math.exp(-(t - 80) / 15) : 0)));
        assertThat(judged(h)).isFalse();
    }

    @Test
    void aBuildUpOverAMinuteThatPeaksAndReleasesIsNotTalking() {
        // linear climb over 60 s to 4 z, then a release with a 20-s time constant
        AxisHistory h = history(300, t -> t < 55 ? 0 : t < 115 ? 4 * (t - 55) / 60 : 4 * Math.exp(-(t - 115) / 20));
        assertThat(judged(h)).isFalse();
    }

    @Test
    void aBriefBuildUpWithASlowReleaseIsNotTalking() {
        // a 25-s build-up (the shortest bouts) whose release has the slowest time constant, a minute
        AxisHistory h = history(300, t -> t < 55 ? 0 : t < 80 ? 4 * (t - 55) / 25 : 4 * Math.exp(-(t - 80) / 60));
        assertThat(judged(h)).isFalse();
    }
}
