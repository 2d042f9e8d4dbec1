package org.lacrima.io.edf;

/**
 * One signal as declared in an EDF/BDF header.
 *
 * @param label             signal label, e.g. "ECG LeadII" or "EDF Annotations"
 * @param transducer        transducer type, free text
 * @param physicalDimension physical unit, e.g. "uV"
 * @param physicalMin       physical value of {@code digitalMin}
 * @param physicalMax       physical value of {@code digitalMax}
 * @param digitalMin        lowest digital value
 * @param digitalMax        highest digital value
 * @param prefiltering      prefiltering, free text
 * @param samplesPerRecord  number of samples of this signal in each data record
 */
public record EdfSignalHeader(String label, String transducer, String physicalDimension,
                              double physicalMin, double physicalMax, int digitalMin, int digitalMax,
                              String prefiltering, int samplesPerRecord) {

    /** Whether this is an EDF+/BDF+ annotation signal rather than samples. */
    public boolean isAnnotation() {
        return label.equals("EDF Annotations") || label.equals("BDF Annotations");
    }

    /** Physical units per digital step. */
    public double gain() {
        if (physicalMax == physicalMin) {
            return 1.0;
        }
        return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
    }

    /** Physical value of digital zero. */
    public double offset() {
        if (physicalMax == physicalMin) {
            return 0.0;
        }
        return physicalMax - gain() * digitalMax;
    }
}
