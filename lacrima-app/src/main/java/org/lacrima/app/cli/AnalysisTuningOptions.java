package org.lacrima.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.InterventionPolicy;
import picocli.CommandLine.Option;

/** The analysis settings a researcher may change, shared by the commands that analyse ({@code analyze}, {@code cohort}). */
final class AnalysisTuningOptions {

    @Option(names = "--ecg-channel", paramLabel = "LABEL", description = "ECG channel to use (default: the first)")
    String ecgChannel;

    @Option(names = "--scr-threshold", paramLabel = "uS", description = "minimum SCR amplitude in microsiemens")
    Double scrThreshold;

    @Option(names = "--intervention-label", paramLabel = "TEXT",
            description = "label fragment marking an intervention event (case-insensitive); repeatable; "
                    + "default: interven, calm, sooth")
    List<String> interventionLabels = new ArrayList<>();

    /** {@code options} with these settings applied; the default intervention fragments when none was given. */
    AnalysisOptions applyTo(AnalysisOptions options) {
        AnalysisOptions tuned = options;
        if (ecgChannel != null) {
            tuned = tuned.withEcgChannel(ecgChannel);
        }
        if (scrThreshold != null) {
            tuned = tuned.withScrThreshold(scrThreshold);
        }
        return tuned.withInterventionLabels(interventionLabels.isEmpty()
                ? InterventionPolicy.DEFAULT_FRAGMENTS : interventionLabels);
    }
}
