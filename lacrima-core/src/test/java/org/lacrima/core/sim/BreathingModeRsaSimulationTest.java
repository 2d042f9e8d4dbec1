package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With {@link SimulationConfig#breathingModeRsa()} the heart swings less with the breath while the client talks or
 * laughs (the breathing, not vagal tone, changed); between those stretches it swings as without it.
 */
class BreathingModeRsaSimulationTest {
    private static GroundTruth session(long seed, boolean breathingModeRsa) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(30 * 60)
                .withVariety(EpisodeVariety.WIDE)
                .withConfounders(EnumSet.of(ConfounderKind.TALKING, ConfounderKind.LAUGHTER))
                .withEpisodes(List.of()).withBreathingModeRsa(breathingModeRsa);
        return SessionSimulator.simulate(cfg).truth();
    }

    /** Root mean square of successive RR differences, seconds, over the beats whose time {@code inside} accepts. */
    private static double rmssd(GroundTruth truth, Predicate<Double> inside) {
        double[] beats = truth.beatTimesSec().toArray();
        double sum = 0;
        int n = 0;
        for (int i = 2; i < beats.length; i++) {
            if (inside.test(beats[i - 2]) && inside.test(beats[i])) {
                double d = (beats[i] - beats[i - 1]) - (beats[i - 1] - beats[i - 2]);
                sum += d * d;
                n++;
            }
        }
        return n > 0 ? Math.sqrt(sum / n) : Double.NaN;
    }

    private static boolean during(GroundTruth truth, ConfounderKind kind, double timeSec) {
        return truth.confounders().stream()
                .anyMatch(c -> c.kind() == kind && timeSec >= c.startSec() && timeSec < c.endSec());
    }

    private static boolean calm(GroundTruth truth, double timeSec) {
        // a confounder's end and the 30 s after it: the heart's own response to a talk or a laugh settles
        return truth.confounders().stream().noneMatch(c -> timeSec >= c.startSec() - 5 && timeSec < c.endSec() + 30);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void talkingAndLaughterSwingTheHeartLessWhileCalmStretchesSwingAsBefore(long seed) {
        GroundTruth latentOnly = session(seed, false);
        GroundTruth withMode = session(seed, true);
        assertThat(latentOnly.confounders()).as("the session talks and laughs")
                .anyMatch(c -> c.kind() == ConfounderKind.TALKING);
        for (ConfounderKind kind : List.of(ConfounderKind.TALKING, ConfounderKind.LAUGHTER)) {
            double before = rmssd(latentOnly, t -> during(latentOnly, kind, t));
            if (Double.isFinite(before)) {
                assertThat(rmssd(withMode, t -> during(withMode, kind, t))).as(kind.token())
                        .isLessThan(0.9 * before);
            }
        }
        double calmBefore = rmssd(latentOnly, t -> calm(latentOnly, t));
        assertThat(rmssd(withMode, t -> calm(withMode, t))).isCloseTo(calmBefore, Percentage.withPercentage(5));
    }
}
