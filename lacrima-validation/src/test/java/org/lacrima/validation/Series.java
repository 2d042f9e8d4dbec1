package org.lacrima.validation;

import java.util.Arrays;
import org.lacrima.core.model.RegularSeries;

/** Summaries of a regular series over a time span, ignoring gaps. */
final class Series {
    private Series() {
    }

    static double[] valuesWithin(RegularSeries s, double fromSec, double toSec) {
        return java.util.stream.IntStream.range(0, s.length())
                .filter(i -> s.timeOfSec(i) >= fromSec && s.timeOfSec(i) < toSec)
                .mapToDouble(i -> s.values().get(i)).filter(v -> !Double.isNaN(v)).toArray();
    }

    static double mean(RegularSeries s, double fromSec, double toSec) {
        return Arrays.stream(valuesWithin(s, fromSec, toSec)).average().orElse(Double.NaN);
    }

    static double median(RegularSeries s, double fromSec, double toSec) {
        double[] v = valuesWithin(s, fromSec, toSec);
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
