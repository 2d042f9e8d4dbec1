package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Recording;

/**
 * The real ISHNE 1.0 Holter file (Lifecard CF, 3 leads at 128 Hz, ~78 min) that opens with about 98 s
 * of a ±0.5 mV 2 Hz calibration square wave: the session analysis must rate that stretch unusable and
 * find no beat in it, and the beats after it must be an ECG's (no reference beat list is used here:
 * it is kept apart for an outside comparison).
 */
class IshneHolterTest {

    @Test
    void theCalibrationGivesNoBeatsAndThePatientSignalGivesAHeartRhythm() {
        Recording holter = DataFiles.read("foreign/ishne/holter.ecg");

        SessionAnalysis a = new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(true)).analyze(holter);

        double[] beats = a.markers().rPeaksSec().toArray();
        double[] rr = new double[beats.length - 1];
        for (int i = 1; i < beats.length; i++) {
            rr[i - 1] = beats[i] - beats[i - 1];
        }
        double[] sorted = rr.clone();
        Arrays.sort(sorted);
        double medianRr = sorted[sorted.length / 2];
        double covered = Arrays.stream(rr).filter(x -> x < 2.0).sum() / (holter.durationSec() - beats[0]);
        System.out.printf(Locale.ROOT, "ISHNE holter.ecg: %d R-peaks, first at %.2f s, median RR %.3f s (%.0f bpm),"
                        + " %.1f %% of the time after the first beat covered by RR < 2 s; ECG usable %.1f %%; %s%n",
                beats.length, beats[0], medianRr, 60 / medianRr, 100 * covered, 100 * a.channels().get(0).goodFraction(),
                a.warnings().stream().filter(w -> w.contains("calibration")).toList());

        assertThat(a.warnings()).anyMatch(w -> w.contains("calibration"));
        assertThat(beats[0]).as("no beat in the calibration wave").isGreaterThanOrEqualTo(97.5);
        assertThat(60 / medianRr).as("a resting adult heart rate").isBetween(40.0, 120.0);
        assertThat(covered).as("beats follow each other through the patient signal").isGreaterThan(0.9);
    }
}
