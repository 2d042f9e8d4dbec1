package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.ecg.BeatMatching;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * R-peaks and pulses of simulated sessions (episodes with heart-rate swings, mains hum, baseline
 * wander, motion, premature ventricular beats) against the simulator's true beat times.
 */
class RPeakSimulatorTest {

    @ParameterizedTest(name = "ECG {0} Hz, noise {1}, {2} ectopic beats/h")
    @CsvSource({"128, 0.5, 0", "250, 1.0, 120", "500, 0.2, 60", "1000, 0.5, 0"})
    void findsTheTrueBeats(double ecgRateHz, double noise, double ectopicPerHour) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(30 * 60)
                .withSeed((long) ecgRateHz).withRateHz(ChannelType.ECG, ecgRateHz).withNoiseLevel(noise)
                .withEctopicBeatsPerHour(ectopicPerHour));
        Channel ecg = session.recording().channels().stream().filter(c -> c.type() == ChannelType.ECG).findFirst().orElseThrow();
        double[] truth = session.truth().beatTimesSec().toArray();

        BeatMatching m = BeatMatching.of(truth, RPeakDetector.detect(ecg).timesSec().toArray(), 0.05);

        System.out.printf(Locale.ROOT, "R-peaks on the simulator (%.0f Hz, noise %.1f, %.0f ectopic/h): %d beats,"
                        + " Se %.2f %%, +P %.2f %% (50 ms window)%n", ecgRateHz, noise, ectopicPerHour, truth.length,
                m.sensitivityPercent(), m.positivePredictivityPercent());
        assertThat(m.sensitivityPercent()).isGreaterThanOrEqualTo(99.5);
        assertThat(m.positivePredictivityPercent()).isGreaterThanOrEqualTo(99.5);
    }

    @ParameterizedTest(name = "PPG {0} Hz")
    @CsvSource({"64", "128"})
    void findsAPulseAfterEachSinusBeat(double ppgRateHz) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(30 * 60)
                .withSeed(7).withRateHz(ChannelType.PPG, ppgRateHz).withMotionArtefacts(false));
        Channel ppg = session.recording().channels().stream().filter(c -> c.type() == ChannelType.PPG).findFirst().orElseThrow();
        double[] beats = session.truth().beatTimesSec().toArray();
        double[] pulses = PulsePeakDetector.detect(ppg).timesSec().toArray();

        // each true beat should have one pulse within the first 600 ms after it
        int ok = 0;
        int j = 0;
        for (double b : beats) {
            while (j < pulses.length && pulses[j] < b) {
                j++;
            }
            int count = 0;
            for (int k = j; k < pulses.length && pulses[k] <= b + 0.6; k++) {
                count++;
            }
            if (count == 1) {
                ok++;
            }
        }
        double share = 100.0 * ok / beats.length;
        System.out.printf(Locale.ROOT, "Pulses on the simulator (PPG %.0f Hz): %d beats, %d pulses, %.2f %% of beats"
                + " with exactly one pulse within 600 ms%n", ppgRateHz, beats.length, pulses.length, share);
        assertThat(share).isGreaterThanOrEqualTo(98.0);
    }
}
