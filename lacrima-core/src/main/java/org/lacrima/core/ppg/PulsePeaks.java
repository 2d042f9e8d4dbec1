package org.lacrima.core.ppg;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.Samples;

/**
 * Systolic peaks found in one PPG/BVP signal.
 *
 * @param timesSec    systolic peak times in seconds from the recording start (ascending); empty when none
 * @param upstrokeSec for each peak, the time of the steepest rise before it (pulse arrival, the
 *                    usual fiducial for pulse transit time), in seconds from the recording start
 * @param warnings why the result is empty or partly unreliable, one short sentence each
 */
public record PulsePeaks(Samples timesSec, Samples upstrokeSec, List<String> warnings) {
    public PulsePeaks {
        Objects.requireNonNull(timesSec, "timesSec");
        Objects.requireNonNull(upstrokeSec, "upstrokeSec");
        if (upstrokeSec.length() != timesSec.length()) {
            throw new IllegalArgumentException(timesSec.length() + " peaks but " + upstrokeSec.length() + " upstrokes");
        }
        warnings = List.copyOf(warnings);
    }

    /** No peaks, for the given reason. */
    public static PulsePeaks none(String reason) {
        return new PulsePeaks(Samples.empty(), Samples.empty(), List.of(reason));
    }

    /** Number of peaks. */
    public int count() {
        return timesSec.length();
    }
}
