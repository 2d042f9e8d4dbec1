package org.lacrima.io.edf;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An EDF/EDF+/BDF/BDF+ header with the data record count resolved against the file size.
 *
 * @param bdf               whether samples are 24-bit (BDF) rather than 16-bit (EDF)
 * @param patient           local patient identification field
 * @param recordingId       local recording identification field
 * @param start             start date-time of the recording, if the header holds a valid one
 * @param headerBytes       bytes before the first data record
 * @param reserved          reserved field; "EDF+C", "EDF+D", "BDF+C", "24BIT", ...
 * @param recordCount       data records to read (after reconciling the header with the file size)
 * @param recordDurationSec duration of a data record in seconds
 * @param signals           the signals, annotation signals included
 */
public record EdfHeader(boolean bdf, String patient, String recordingId, Optional<LocalDateTime> start,
                        int headerBytes, String reserved, long recordCount, double recordDurationSec,
                        List<EdfSignalHeader> signals) {

    public EdfHeader {
        signals = List.copyOf(signals);
    }

    /** Whether the file is EDF+ or BDF+ (annotations and time-keeping TALs). */
    public boolean isPlus() {
        return reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
    }

    /** Whether data records may have gaps between them (EDF+D / BDF+D). */
    public boolean isDiscontinuous() {
        return reserved.startsWith("EDF+D") || reserved.startsWith("BDF+D");
    }

    /** Bytes per sample: 2 for EDF, 3 for BDF. */
    public int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    /** Bytes of one data record. */
    public long recordBytes() {
        long n = 0;
        for (EdfSignalHeader s : signals) {
            n += (long) s.samplesPerRecord() * bytesPerSample();
        }
        return n;
    }

    /** Sampling rate of signal {@code index} in hertz. */
    public double rateHz(int index) {
        return signals.get(index).samplesPerRecord() / recordDurationSec;
    }
}
