package org.lacrima.app.cohort;

import java.util.List;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.InterventionPolicy;
import org.lacrima.io.ReadOptions;

/**
 * How every recording of a cohort is analysed: the {@code analyze} defaults with the few options a
 * cohort may change, and the manifest's per-recording baseline. Their fingerprint, with the
 * analyser's version, decides whether an earlier result can be reused.
 *
 * @param interventionLabels label fragments marking an intervention (empty: the analyser's defaults)
 * @param scrThreshold       minimum SCR amplitude in microsiemens, or null for the default
 * @param ecgChannel         label of the ECG channel to use, or null for the first
 * @param indices            whether to keep the 4 Hz indices of each recording (the {@code indices} table)
 */
public record CohortSettings(List<String> interventionLabels, Double scrThreshold, String ecgChannel, boolean indices)
        implements java.io.Serializable {
    /** Changes whenever the analysis can give other results for the same file; part of every cache key. */
    static final String ANALYSER_VERSION = "lacrima 0.1.0";

    public CohortSettings {
        interventionLabels = List.copyOf(interventionLabels); // immutable and serialisable (sent to Spark executors)
    }

    /** What {@code analyze} does without options. */
    public static CohortSettings defaults() {
        return new CohortSettings(List.of(), null, null, false);
    }

    /** The request that analyses {@code entry} exactly as {@code analyze} would with the same options. */
    public AnalysisRequest request(CohortEntry entry) {
        return new AnalysisRequest(entry.recording(), entry.events(), ReadOptions.defaults(), options(entry));
    }

    /** Hex fingerprint of everything besides the file that shapes {@code entry}'s result. */
    public String fingerprint(CohortEntry entry) {
        return ContentHash.ofText(ANALYSER_VERSION + "\n" + options(entry));
    }

    private AnalysisOptions options(CohortEntry entry) {
        AnalysisOptions options = AnalysisOptions.defaults().withInterventionLabels(
                interventionLabels.isEmpty() ? InterventionPolicy.DEFAULT_FRAGMENTS : interventionLabels);
        if (scrThreshold != null) {
            options = options.withScrThreshold(scrThreshold);
        }
        if (ecgChannel != null) {
            options = options.withEcgChannel(ecgChannel);
        }
        if (entry.baseline().isPresent()) {
            options = options.withBaseline(entry.baseline().get().startSec(), entry.baseline().get().endSec());
        }
        return options;
    }
}
