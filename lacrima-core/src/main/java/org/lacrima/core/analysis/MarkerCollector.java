package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Samples;

/** Gathers the markers of successive blocks into one {@link Markers}. */
final class MarkerCollector {
    private final List<Double> rPeaksSec = new ArrayList<>();
    private final List<Double> pulsePeaksSec = new ArrayList<>();
    private final List<Scr> scrs = new ArrayList<>();
    private final List<Double> breathsSec = new ArrayList<>();

    void add(IndexBlock block) {
        rPeaksSec.addAll(block.rPeaksSec);
        pulsePeaksSec.addAll(block.pulsePeaksSec);
        scrs.addAll(block.scrs);
        breathsSec.addAll(block.breathsSec);
    }

    Markers markers() {
        return new Markers(samples(rPeaksSec), samples(pulsePeaksSec), scrs, samples(breathsSec));
    }

    private static Samples samples(List<Double> values) {
        return Samples.wrap(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
