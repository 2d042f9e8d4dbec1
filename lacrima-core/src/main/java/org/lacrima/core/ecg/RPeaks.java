package org.lacrima.core.ecg;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.Samples;

/**
 * R-peaks found in one ECG signal.
 *
 * @param timesSec R-peak times in seconds from the recording start (ascending); empty when none
 *                 could be found
 * @param warnings why the result is empty or partly unreliable (flat, clipped, NaN, too short ...),
 *                 one short sentence each; empty when the signal looked fine
 */
public record RPeaks(Samples timesSec, List<String> warnings) {
    public RPeaks {
        Objects.requireNonNull(timesSec, "timesSec");
        warnings = List.copyOf(warnings);
    }

    /** No peaks, for the given reason. */
    public static RPeaks none(String reason) {
        return new RPeaks(Samples.empty(), List.of(reason));
    }

    /** Number of peaks. */
    public int count() {
        return timesSec.length();
    }
}
