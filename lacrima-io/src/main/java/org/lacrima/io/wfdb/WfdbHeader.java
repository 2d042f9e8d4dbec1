package org.lacrima.io.wfdb;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A parsed WFDB header ({@code .hea}) of a single-segment record.
 *
 * @param recordName   record name from the record line
 * @param frameRateHz  frames per second (sampling rate of signals with one sample per frame)
 * @param frames       frames per signal as declared, -1 if the header does not say
 * @param start        base date-time, if the header gives both date and time
 * @param signals      the signal specifications in header order
 * @param comments     comment lines without the leading {@code #}
 */
public record WfdbHeader(String recordName, double frameRateHz, long frames, Optional<LocalDateTime> start,
                         List<WfdbSignalSpec> signals, List<String> comments) {
    public WfdbHeader {
        signals = List.copyOf(signals);
        comments = List.copyOf(comments);
    }
}
