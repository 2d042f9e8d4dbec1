package org.lacrima.io.wfdb;

import java.util.OptionalInt;

/**
 * One signal line of a WFDB header.
 *
 * @param fileName         the signal file holding it
 * @param format           storage format code (212, 16, 80, 24, ...)
 * @param samplesPerFrame  samples of this signal per frame (the {@code x} multiplier, 1 if absent)
 * @param skew             skew in frames: the signal's sample for frame t is stored at frame t + skew
 * @param byteOffset       bytes to skip at the start of the signal file
 * @param gain             ADC units per physical unit
 * @param baseline         ADC value of physical zero
 * @param units            physical unit ("mV" if the header gives none)
 * @param adcResolution    ADC resolution in bits, 0 if not given
 * @param adcZero          ADC value of the middle of the input range
 * @param initialValue     first sample value, if given
 * @param checksum         16-bit checksum of all samples, if given (may be written unsigned)
 * @param description      signal description ("MLII", "foot GSR", ...)
 */
public record WfdbSignalSpec(String fileName, int format, int samplesPerFrame, int skew, long byteOffset,
                             double gain, double baseline, String units, int adcResolution, int adcZero,
                             OptionalInt initialValue, OptionalInt checksum, String description) {

    /** Physical value of a digital sample. */
    public double physical(int digital) {
        return (digital - baseline) / gain;
    }
}
