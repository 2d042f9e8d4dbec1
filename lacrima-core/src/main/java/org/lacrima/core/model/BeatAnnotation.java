package org.lacrima.core.model;

/**
 * A reference beat from an annotation file (e.g. WFDB {@code .atr}), kept for validation.
 *
 * @param timeSec seconds from the recording start
 * @param symbol  the annotation symbol, e.g. "N", "V", "A"
 */
public record BeatAnnotation(double timeSec, String symbol) {
}
