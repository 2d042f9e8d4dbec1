package org.lacrima.io.wfdb;

/**
 * One annotation from a WFDB annotation file.
 *
 * @param sample  sample number (at the record's frame rate)
 * @param code    annotation type code (1 = N, 5 = V, 22 = note, 28 = rhythm change, ...)
 * @param subtype SUB field, 0 if absent
 * @param channel CHN field, 0 if absent
 * @param number  NUM field, 0 if absent
 * @param aux     auxiliary text, empty if absent
 */
public record WfdbAnnotation(long sample, int code, int subtype, int channel, int number, String aux) {

    /** The mnemonic of the type code, e.g. "N", "V", "+", "~". */
    public String symbol() {
        return AnnotationCode.symbol(code);
    }

    /** Whether this annotates a heart beat (QRS complex). */
    public boolean isBeat() {
        return AnnotationCode.isBeat(code);
    }
}
