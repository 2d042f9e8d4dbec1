package org.lacrima.core.model;

import java.util.Objects;
import org.lacrima.core.model.Samples;

/**
 * A named, regularly sampled derived index (heart rate, RSA, skin conductance level, an axis ...),
 * with {@code NaN} where it could not be computed (a bad stretch is a gap, not a guess).
 *
 * @param name     short identifier, e.g. "hr", "rsa", "scl", "S", "P"
 * @param unit     unit of the values, e.g. "bpm", "ms", "uS", "z"
 * @param startSec time of the first value in seconds from the recording start
 * @param rateHz   values per second
 * @param values   the values
 */
public record RegularSeries(String name, String unit, double startSec, double rateHz, Samples values) {
    public RegularSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        if (!(rateHz > 0)) {
            throw new IllegalArgumentException("series " + name + ": rate must be positive, got " + rateHz);
        }
    }

    /** Time of value {@code index} in seconds from the recording start. */
    public double timeOfSec(int index) {
        return startSec + index / rateHz;
    }

    /** Number of values. */
    public int length() {
        return values.length();
    }
}
