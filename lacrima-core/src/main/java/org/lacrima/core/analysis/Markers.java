package org.lacrima.core.analysis;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Samples;

/**
 * Detected physiological events, so any tool can score them against a reference. All times in
 * seconds from the recording start; an absent channel gives an empty list.
 *
 * @param rPeaksSec     R-peaks of the analysed ECG channel
 * @param pulsePeaksSec pulse peaks of the PPG/BVP channel
 * @param scrs          skin conductance responses
 * @param breathsSec    breath onsets (start of inspiration) of the respiration channel
 */
public record Markers(Samples rPeaksSec, Samples pulsePeaksSec, List<Scr> scrs, Samples breathsSec) {
    public Markers {
        Objects.requireNonNull(rPeaksSec, "rPeaksSec");
        Objects.requireNonNull(pulsePeaksSec, "pulsePeaksSec");
        Objects.requireNonNull(breathsSec, "breathsSec");
        scrs = List.copyOf(scrs);
    }

    /** No markers. */
    public static Markers none() {
        return new Markers(Samples.empty(), Samples.empty(), List.of(), Samples.empty());
    }
}
