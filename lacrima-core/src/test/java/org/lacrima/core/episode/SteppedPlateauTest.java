package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sustained bout whose build-up a sensor missed. On a wrist, crying's movements can blank the pulse over the last
 * seconds of a build-up: the indices' running median bridges the gap with the values before it, and S steps by 2 z or
 * more as the heart rate rejoins at its raised level. The rise then looks like a step (shorter than
 * {@code minBuildUpSec}), the time course of a posture shift or an electrode's contact jump, which the step rule drops.
 * But the bout holds its top for minutes with skin conductance and heart rate up and vagal tone withdrawn, which no
 * posture shift does, and an electrode's jump moves one channel: a rise held as a whole S-phase is kept
 * ({@code DecisionChecks.heldAsAWholeSPhase}). The widened suite's wrist session of seed 2000 showed this (onset 1380 s,
 * peak 1407 s) while the simulator's seeds were correlated; the trace here is that bout's shape.
 */
class SteppedPlateauTest {
    /** Calm to 1380 s, the seen part of the build-up to 1395 s, the gap bridged to 1402 s, the step, a plateau with sobbing waves to 1800 s, a slow decline. */
    private static AxisTrace channel(double seen, double top) {
        return new AxisTrace(2700).rampS(1380, 1395, seen).rampS(1402, 1403, top).wavesS(1403, 1800, 0.1 * top, 70)
                .rampS(1800, 2200, 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aPlateauReachedAsAStepThroughAPulseGapIsASustainedBout(long seed) {
        AxisTrace eda = channel(0.5, 5);
        AxisTrace hr = channel(0.3, 3.5);
        AxisTrace wrist = new AxisTrace(2700).rampP(1380, 1395, -0.3).rampP(1402, 1403, -2.5).rampP(1800, 2200, 0);

        List<Episode> found = wrist.wristEpisodes(eda, hr, seed, true);

        assertThat(found).as("episodes").hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(found.get(0).peakSec()).isBetween(1380.0, 1450.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSameStepHeldOnOneChannelWithoutVagalWithdrawalIsNoBout(long seed) {
        AxisTrace eda = channel(0, 5);
        AxisTrace hr = new AxisTrace(2700);
        AxisTrace wrist = new AxisTrace(2700);

        assertThat(wrist.wristEpisodes(eda, hr, seed, true)).as("an electrode's contact jump").isEmpty();
    }
}
