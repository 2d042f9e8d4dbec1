package org.lacrima.core.analysis;

import java.util.List;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.InterventionPolicy;

/**
 * How to analyse a session.
 *
 * @param baseline                  a given baseline (seconds), or {@code null} to find it automatically
 * @param interventionLabels        label fragments that mark an intervention event (case-insensitive)
 * @param ecgChannel                label of the ECG channel to use, or {@code null} for the first ECG channel
 * @param scrThresholdMicrosiemens  minimum SCR amplitude in microsiemens, or {@code NaN} for the EDA stage's default
 * @param markers                   whether to keep R-peaks, pulse peaks, SCRs and breaths in the result
 * @param detector                  episode detector thresholds
 */
public record AnalysisOptions(Baseline baseline, List<String> interventionLabels, String ecgChannel,
                              double scrThresholdMicrosiemens, boolean markers, DetectorSettings detector) {
    public AnalysisOptions {
        interventionLabels = List.copyOf(interventionLabels);
        if (detector == null) {
            detector = DetectorSettings.defaults();
        }
        if (baseline != null && !(baseline.endSec() > baseline.startSec() && baseline.startSec() >= 0)) {
            throw new IllegalArgumentException("baseline must be START:END seconds with 0 <= START < END, got "
                    + baseline.startSec() + ":" + baseline.endSec());
        }
    }

    /** Automatic baseline, default intervention labels, first ECG channel, default SCR threshold, no markers. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, InterventionPolicy.DEFAULT_FRAGMENTS, null, Double.NaN, false,
                DetectorSettings.defaults());
    }

    /** These options with a given baseline from {@code startSec} to {@code endSec}. */
    public AnalysisOptions withBaseline(double startSec, double endSec) {
        return new AnalysisOptions(new Baseline(startSec, endSec, false), interventionLabels, ecgChannel,
                scrThresholdMicrosiemens, markers, detector);
    }

    /** These options with other intervention label fragments. */
    public AnalysisOptions withInterventionLabels(List<String> labels) {
        return new AnalysisOptions(baseline, labels, ecgChannel, scrThresholdMicrosiemens, markers, detector);
    }

    /** These options using the ECG channel with this label. */
    public AnalysisOptions withEcgChannel(String label) {
        return new AnalysisOptions(baseline, interventionLabels, label, scrThresholdMicrosiemens, markers, detector);
    }

    /** These options with another minimum SCR amplitude (microsiemens). */
    public AnalysisOptions withScrThreshold(double microsiemens) {
        return new AnalysisOptions(baseline, interventionLabels, ecgChannel, microsiemens, markers, detector);
    }

    /** These options with markers kept or not. */
    public AnalysisOptions withMarkers(boolean keep) {
        return new AnalysisOptions(baseline, interventionLabels, ecgChannel, scrThresholdMicrosiemens, keep, detector);
    }

    /** These options with other detector thresholds. */
    public AnalysisOptions withDetector(DetectorSettings settings) {
        return new AnalysisOptions(baseline, interventionLabels, ecgChannel, scrThresholdMicrosiemens, markers, settings);
    }

    /** The intervention policy these options describe. */
    public InterventionPolicy interventionPolicy() {
        return new InterventionPolicy(interventionLabels);
    }
}
