package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.grid.GridStatistics;

/**
 * Scores one autonomic axis at each grid point: the quality-weighted mean of its components' robust z
 * values against the baseline (a habituating tonic level against the baseline lowered as far as its floor has come down
 * since, {@link TonicFloor}). A component missing at a grid point ({@code NaN}) lowers the axis quality there. One
 * scorer serves one session's grid: the floors it keeps are the ones its grid put there.
 *
 * <p>Its level is held for a while rather than dropped from the mean: the components of an axis stand at different
 * z (a wrist's heart rate 9 spreads over its baseline while its skin conductance stands at 1), so a component that
 * drops out, or comes back, would otherwise step the axis by the difference, a rise or fall no body made. A wrist's
 * pulse and skin conductance blank for seconds at every gesture and through crying's own movements (wiping the
 * eyes, reaching for a tissue), and the axis then stepped up and down with each blank: a spike taken for a peak
 * whose "fast drop" called an overwhelm plateau resolved, or a step read as a build-up. So a missing component
 * counts with its last value for up to {@link #HOLD_SEC}, and only while another component of the axis is measured
 * at that point: the hold keeps the axis's composition steady, it never makes an axis value where nothing was
 * measured. A longer gap (a walk, minutes of sobbing motion) drops the component, as before: its last level no longer
 * stands for it.
 */
public final class AxisScorer {
    /** A component needs values in at least this fraction of the baseline to be normalised against it. */
    private static final double MIN_BASELINE_COVERAGE = 0.5;

    /**
     * Longest gap over which a missing component's last value stands in for it, seconds: the blanks of a seated session's
     * movements (a gesture, a posture shift, wiping the eyes) last seconds to about half a minute, over which the
     * smoothed indices' levels (tonic skin conductance, heart rate) move little; a longer blank is a walk or minutes of
     * motion, whose start says little about its end.
     */
    public static final double HOLD_SEC = 30;

    private final List<Norm> norms;
    private final int holdSamples;

    /** A component's normalisation; {@code floor} is its {@link TonicFloor} when it habituates, else {@code null}. */
    private record Norm(AxisComponent component, double median, double spread, TonicFloor floor) {
        /** The component's z at grid point {@code k} for its value {@code x} there (or held from before). */
        double z(double x, Map<String, GridBuffer> indices, int k) {
            double reference = floor == null ? median : floor.reference(indices.get(component.index()), k);
            double z = component.sign() * (x - reference) / spread;
            return Math.max(-component.maxZ(), Math.min(component.maxZ(), z));
        }
    }

    private AxisScorer(List<Norm> norms, int holdSamples) {
        this.norms = List.copyOf(norms);
        this.holdSamples = holdSamples;
    }

    /**
     * Fits the components found in {@code indices} (on a grid of {@code rateHz}) against the baseline grid range
     * {@code [from, to)}. Components without an index, or with too few baseline values, are left out.
     */
    public static AxisScorer fit(List<AxisComponent> components, Map<String, GridBuffer> indices, int from, int to,
                                 double rateHz) {
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
            double smallestSpread = Math.max(c.floorAbsolute(), c.floorRelative() * Math.abs(median));
            double spread = Math.max(GridStatistics.MAD_TO_SD * GridStatistics.mad(base, 0, base.length),
                    smallestSpread);
            norms.add(new Norm(c, median, spread,
                    c.habituates() ? new TonicFloor(base, 0, base.length, smallestSpread, rateHz) : null));
        }
        return new AxisScorer(norms, (int) Math.round(HOLD_SEC * rateHz));
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

    /**
     * The axis value (z) at grid point {@code k}, {@code NaN} where no component has a value; a component missing there
     * counts with its value of up to {@link #HOLD_SEC} before while another one is measured (see the class comment).
     */
    public double score(Map<String, GridBuffer> indices, int k) {
        double sum = 0;
        double weight = 0;
        for (Norm n : norms) {
            double x = indices.get(n.component().index()).get(k);
            if (Double.isFinite(x)) {
                sum += n.component().weight() * n.z(x, indices, k);
                weight += n.component().weight();
            }
        }
        if (weight == 0) {
            return Double.NaN;
        }
        for (Norm n : norms) {
            GridBuffer series = indices.get(n.component().index());
            if (!Double.isFinite(series.get(k))) {
                double held = lastWithinHold(series, k);
                if (Double.isFinite(held)) {
                    sum += n.component().weight() * n.z(held, indices, k);
                    weight += n.component().weight();
                }
            }
        }
        return sum / weight;
    }

    /** The last finite value of {@code series} in the {@code holdSamples} grid points before {@code k}; NaN if none. */
    private double lastWithinHold(GridBuffer series, int k) {
        for (int i = k - 1; i >= Math.max(0, k - holdSamples); i--) {
            double x = series.get(i);
            if (Double.isFinite(x)) {
                return x;
            }
        }
        return Double.NaN;
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
                sum += n.component().weight() * n.z(x, indices, k);
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
