package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.grid.GridStatistics;

/**
 * Scores one autonomic axis at each grid point: the quality-weighted mean of its components' robust z
 * values against the baseline. A component missing at a grid point ({@code NaN}) simply drops out of
 * the mean there, and lowers the axis quality.
 */
public final class AxisScorer {
    /** A component needs values in at least this fraction of the baseline to be normalised against it. */
    private static final double MIN_BASELINE_COVERAGE = 0.5;

    private final List<Norm> norms;

    private record Norm(AxisComponent component, double median, double spread) {
        double z(double x) {
            double z = component.sign() * (x - median) / spread;
            return Math.max(-component.maxZ(), Math.min(component.maxZ(), z));
        }
    }

    private AxisScorer(List<Norm> norms) {
        this.norms = List.copyOf(norms);
    }

    /**
     * Fits the components found in {@code indices} against the baseline grid range {@code [from, to)}.
     * Components without an index, or with too few baseline values, are left out.
     */
    public static AxisScorer fit(List<AxisComponent> components, Map<String, GridBuffer> indices, int from, int to) {
        List<Norm> norms = new ArrayList<>();
        for (AxisComponent c : components) {
            GridBuffer series = indices.get(c.index());
            if (series == null || to <= from) {
                continue;
            }
            double[] base = new double[to - from];
            for (int i = from; i < to; i++) {
                base[i - from] = series.get(i);
            }
            if (GridStatistics.finiteFraction(base, 0, base.length) < MIN_BASELINE_COVERAGE) {
                continue;
            }
            double median = GridStatistics.median(base, 0, base.length);
            double spread = Math.max(GridStatistics.MAD_TO_SD * GridStatistics.mad(base, 0, base.length),
                    Math.max(c.floorAbsolute(), c.floorRelative() * Math.abs(median)));
            norms.add(new Norm(c, median, spread));
        }
        return new AxisScorer(norms);
    }

    /** Whether no component could be normalised: the axis is unavailable. */
    public boolean isEmpty() {
        return norms.isEmpty();
    }

    /** Evidence names of the components in use, without repeats, e.g. ["EDA", "HR"]. */
    public List<String> evidence() {
        return norms.stream().map(n -> n.component().evidence()).distinct().toList();
    }

    /** Index names in use, e.g. ["scl", "hr"]. */
    public List<String> indexNames() {
        return norms.stream().map(n -> n.component().index()).toList();
    }

    /** The axis value (z) at grid point {@code k}, {@code NaN} where no component has a value. */
    public double score(Map<String, GridBuffer> indices, int k) {
        double sum = 0;
        double weight = 0;
        for (Norm n : norms) {
            double x = indices.get(n.component().index()).get(k);
            if (Double.isFinite(x)) {
                sum += n.component().weight() * n.z(x);
                weight += n.component().weight();
            }
        }
        return weight > 0 ? sum / weight : Double.NaN;
    }

    /**
     * The axis value (z) at grid point {@code k} from the components of one channel only (evidence name
     * as in {@link #evidence()}), {@code NaN} where none has a value: lets the detector ask whether
     * independent channels agree on a rise.
     */
    public double channelScore(Map<String, GridBuffer> indices, int k, String evidence) {
        double sum = 0;
        double weight = 0;
        for (Norm n : norms) {
            if (!n.component().evidence().equals(evidence)) {
                continue;
            }
            double x = indices.get(n.component().index()).get(k);
            if (Double.isFinite(x)) {
                sum += n.component().weight() * n.z(x);
                weight += n.component().weight();
            }
        }
        return weight > 0 ? sum / weight : Double.NaN;
    }

    /** 0..1: the weighted share of components with a value at grid point {@code k}. */
    public double quality(Map<String, GridBuffer> indices, int k) {
        double present = 0;
        double total = 0;
        for (Norm n : norms) {
            total += n.component().weight();
            if (Double.isFinite(indices.get(n.component().index()).get(k))) {
                present += n.component().weight();
            }
        }
        return total > 0 ? present / total : 0;
    }
}
