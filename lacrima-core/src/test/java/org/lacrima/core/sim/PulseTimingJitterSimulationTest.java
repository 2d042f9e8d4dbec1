package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;

/**
 * With {@link SimulationConfig#pulseTimingJitter()} the pulses a wrist's PPG shows arrive early or late by the
 * session's drawn spread (6-16 ms) around the heart's beats plus the transit time; without it, by no more than the
 * detector's own few milliseconds. The heart, the skin and the movements stay what they were.
 */
class PulseTimingJitterSimulationTest {
    private static SimulatedSession wrist(long seed, boolean jitter) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.WRIST).withSeed(seed)
                .withDurationSec(10 * 60).withEpisodes(List.of()).withConfounders(Set.of())
                .withMotionArtefacts(false).withPulseTimingJitter(jitter));
    }

    /**
     * Standard deviation, seconds, of each detected pulse's delay after its heart beat, less the median delay of the
     * nine beats around it (the transit time and its slow drift).
     */
    private static double arrivalSpreadSec(SimulatedSession session) {
        Channel ppg = session.recording().firstChannel(ChannelType.PPG).orElseThrow();
        Samples peaks = PulsePeakDetector.detect(ppg).timesSec();
        double[] beats = session.truth().beatTimesSec().toArray();
        double[] delays = new double[beats.length];
        int n = 0;
        for (double beat : beats) {
            int i = peaks.firstIndexAtOrAfter(beat + 0.1);
            if (i < peaks.length() && peaks.get(i) < beat + 0.5) {
                delays[n++] = peaks.get(i) - beat;
            }
        }
        assertThat(n).as("pulses matched to beats").isGreaterThan(beats.length * 9 / 10);
        double sum = 0;
        int m = 0;
        for (int k = 4; k < n - 4; k++) {
            double[] around = Arrays.copyOfRange(delays, k - 4, k + 5);
            Arrays.sort(around);
            double d = delays[k] - around[4];
            sum += d * d;
            m++;
        }
        return Math.sqrt(sum / m);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void pulsesArriveWithTheDrawnSpreadAndNothingElseMoves(long seed) {
        SimulatedSession steady = wrist(seed, false);
        SimulatedSession jittered = wrist(seed, true);

        assertThat(arrivalSpreadSec(steady)).as("the detector's own spread").isLessThan(0.004);
        // a median over nine takes a little of the spread with it; the detector adds a little
        assertThat(arrivalSpreadSec(jittered)).isBetween(0.8 * PulseTimingJitter.MIN_SD_SEC,
                1.2 * PulseTimingJitter.MAX_SD_SEC);

        assertThat(jittered.truth().beatTimesSec().toArray()).isEqualTo(steady.truth().beatTimesSec().toArray());
        for (ChannelType type : List.of(ChannelType.EDA, ChannelType.ACC)) {
            assertThat(jittered.recording().firstChannel(type).orElseThrow().values().toArray()).as(type.name())
                    .isEqualTo(steady.recording().firstChannel(type).orElseThrow().values().toArray());
        }
    }
}
