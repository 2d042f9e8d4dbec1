package org.lacrima.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.InterventionPolicy;

/**
 * What a clinician may change when re-running an analysis.
 *
 * @param baselineStartSec   start of a chosen calm stretch in seconds, or null to let Lacrima choose
 * @param baselineEndSec     end of that stretch in seconds, or null
 * @param interventionLabels event labels (case-insensitive) that count as a calming intervention;
 *                           empty for the analyzer's defaults
 */
public record AnalysisSettings(Double baselineStartSec, Double baselineEndSec, List<String> interventionLabels) {
    /** Label prefix of the events a clinician marks as an intervention in the app. */
    public static final String MARKED_INTERVENTION = "intervention:";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public AnalysisSettings {
        interventionLabels = interventionLabels == null ? List.of()
                : interventionLabels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if ((baselineStartSec == null) != (baselineEndSec == null)) {
            throw new IllegalArgumentException("give both the start and the end of the baseline, or neither");
        }
        if (baselineStartSec != null && !(baselineStartSec >= 0 && baselineEndSec > baselineStartSec)) {
            throw new IllegalArgumentException("the baseline must start at 0 s or later and end after it starts");
        }
    }

    /** Automatic baseline, default intervention labels. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(null, null, List.of());
    }

    /** Whether a baseline was chosen by the clinician. */
    public boolean hasBaseline() {
        return baselineStartSec != null;
    }

    /**
     * The analysis options these settings ask for. Events the clinician marked as interventions
     * carry {@link #MARKED_INTERVENTION} in their label, so they count whatever the label list says.
     */
    public AnalysisOptions toOptions() {
        AnalysisOptions options = AnalysisOptions.defaults();
        if (hasBaseline()) {
            options = options.withBaseline(baselineStartSec, baselineEndSec);
        }
        List<String> labels = new ArrayList<>(interventionLabels.isEmpty()
                ? InterventionPolicy.DEFAULT_FRAGMENTS : interventionLabels);
        labels.add(MARKED_INTERVENTION);
        return options.withInterventionLabels(labels);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings not serialisable", e);
        }
    }

    public static AnalysisSettings fromJson(String json) {
        try {
            return JSON.readValue(json, AnalysisSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable analysis settings: " + e.getOriginalMessage(), e);
        }
    }
}
