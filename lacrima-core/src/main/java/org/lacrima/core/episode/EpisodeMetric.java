package org.lacrima.core.episode;

import java.util.List;
import java.util.function.Function;

/**
 * The one definition of the episode metrics: JSON name, unit, range and meaning of each component of
 * {@link EpisodeMetrics}, in the record's (and the JSON's) order. The JSON writer, the CSV export, the
 * store, the report, the web page and the README table all follow this list; a test checks the JSON
 * schema and the README against it. "z" is the baseline-normalised robust z; the "excess" is S at its
 * top minus the pre-episode level (the median of S over the minute before the onset).
 */
public enum EpisodeMetric {
    BUILD_UP_SEC("buildUpSec", "Build-up", Unit.SECONDS, Range.NON_NEGATIVE, "≥ 0", "onset to peak",
            EpisodeMetrics::buildUpSec),
    PEAK_S("peakS", "Peak S", Unit.Z, Range.ANY, "any", "S at its top", EpisodeMetrics::peakS),
    EXCESS_GONE_FRACTION_60S("excessGoneFraction60s", "Gone at 60 s", Unit.FRACTION, Range.FRACTION, "0–1",
            "share of the excess gone 60 s after the peak (an undershoot counts as 1; see `postMinusPreLevel`); "
                    + "null when the bout's data end sooner", EpisodeMetrics::excessGoneFraction60s),
    HALF_RECOVERY_SEC("halfRecoverySec", "Half recovery", Unit.SECONDS, Range.NON_NEGATIVE, "0 – (end − peak)",
            "peak until S first falls to half the excess; null if it never does before the end",
            EpisodeMetrics::halfRecoverySec),
    VAGAL_REBOUND_SIZE("vagalReboundSize", "Vagal rebound", Unit.Z, Range.ANY, "any",
            "P's maximum within 3 min after the release (or peak) minus its resting level (pre-onset median, "
                    + "capped at the baseline, 0 z); null without a P axis",
            EpisodeMetrics::vagalReboundSize),
    VAGAL_REBOUND_LATENCY_SEC("vagalReboundLatencySec", "Rebound latency", Unit.SECONDS, Range.NON_NEGATIVE, "≥ 0",
            "peak to that P maximum", EpisodeMetrics::vagalReboundLatencySec),
    POST_MINUS_PRE_LEVEL("postMinusPreLevel", "Post − pre", Unit.Z, Range.ANY, "any",
            "S 90–150 s after the release (or in the last 10 s before the next bout or the recording's end, when "
                    + "sooner) minus the pre-episode level", EpisodeMetrics::postMinusPreLevel),
    SECONDS_ABOVE_THRESHOLD("secondsAboveThreshold", "Above threshold", Unit.SECONDS, Range.NON_NEGATIVE,
            "0 – (end − peak)", "time at the top: seconds between peak and end with S at or above 75 % of the excess "
                    + "of its top level (S averaged over 40 s around its maximum). Counted, not a first crossing, and at "
                    + "another level than half recovery, so the two differ", EpisodeMetrics::secondsAboveThreshold),
    BREATHING_IRREGULARITY_AT_PEAK("breathingIrregularityAtPeak", "Breathing irreg.", Unit.INDEX, Range.NON_NEGATIVE,
            "≥ 0", "breathing irregularity ±30 s around the peak; null without respiration",
            EpisodeMetrics::breathingIrregularityAtPeak),
    CHANNELS_USED("channelsUsed", "Channels", Unit.LIST, Range.NONE, "",
            "evidence behind S and P, e.g. `EDA`, `HR`, `RSP`, `RSA`", EpisodeMetrics::channelsUsed),
    RELEASE_DROP_FRACTION("releaseDropFraction", "Release drop", Unit.FRACTION, Range.FRACTION, "0–1",
            "the fast-drop evidence: largest share of the excess lost within 60 s from a point between the peak and "
                    + "a minute after the maximum; ≥ 0.45 is a fast drop", EpisodeMetrics::releaseDropFraction),
    PLATEAU_HELD_FRACTION("plateauHeldFraction", "Plateau held", Unit.INDEX, Range.ANY, "any",
            "the stays-high evidence at the decision: S's median over the last 90 s (a whole sobbing wave) over the "
                    + "pre-episode level, as a share of the excess of the plateau's level (S averaged over 90 s around "
                    + "its maximum); ≥ 0.75 holds the top", EpisodeMetrics::plateauHeldFraction),
    DRIFT_PER_WAVE("driftPerWave", "Drift per 90 s", Unit.INDEX, Range.ANY, "any",
            "the drifts-down evidence at the decision: fall of S's 90 s median from the 90 s before to the last 90 s, "
                    + "as a share of the excess the 90 s before stood at (what was left; negative: still rising); "
                    + "> 0.125 is a decline, not a plateau, unless the belt shows sobbing over the last wave",
            EpisodeMetrics::driftPerWave);

    /** What a metric is measured in. */
    public enum Unit {
        /** seconds */
        SECONDS("s"),
        /** baseline-normalised robust z */
        Z("z"),
        /** a share, 0..1 */
        FRACTION("fraction"),
        /** a dimensionless index */
        INDEX("index"),
        /** not a number: a list of channel names */
        LIST("");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        /** The unit as the README and the web page write it ("s", "z", "fraction", "index"; "" for a list). */
        public String symbol() {
            return symbol;
        }
    }

    /** The values a metric can take (besides "not assessable", which is {@code NaN}, null in JSON). */
    public enum Range {
        /** any real number */
        ANY(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        /** 0 or more */
        NON_NEGATIVE(0, Double.POSITIVE_INFINITY),
        /** 0 to 1 */
        FRACTION(0, 1),
        /** not numeric */
        NONE(Double.NaN, Double.NaN);

        private final double min;
        private final double max;

        Range(double min, double max) {
            this.min = min;
            this.max = max;
        }

        /** Smallest value ({@code -∞} when unbounded, {@code NaN} when not numeric). */
        public double min() {
            return min;
        }

        /** Largest value ({@code +∞} when unbounded, {@code NaN} when not numeric). */
        public double max() {
            return max;
        }
    }

    private final String key;
    private final String label;
    private final Unit unit;
    private final Range range;
    private final String rangeText;
    private final String meaning;
    private final Function<EpisodeMetrics, Object> reader;

    <T> EpisodeMetric(String key, String label, Unit unit, Range range, String rangeText, String meaning,
                      Function<EpisodeMetrics, T> reader) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.range = range;
        this.rangeText = rangeText;
        this.meaning = meaning;
        this.reader = reader::apply;
    }

    /** The name in the JSON, the CSV header and the web page, e.g. {@code buildUpSec}; never renamed. */
    public String key() {
        return key;
    }

    /** A short column heading, e.g. "Build-up". */
    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public Range range() {
        return range;
    }

    /** The range as the README writes it, e.g. "0 – (end − peak)". */
    public String rangeText() {
        return rangeText;
    }

    /** One sentence of what the metric measures (Markdown, as in the README). */
    public String meaning() {
        return meaning;
    }

    /** Whether the value is a number ({@link #value}); otherwise it is a list of names ({@link #names}). */
    public boolean numeric() {
        return unit != Unit.LIST;
    }

    /** The metric's value in {@code m}, in its {@link #unit()}; {@code NaN} when not assessable. */
    public double value(EpisodeMetrics m) {
        if (!numeric()) {
            throw new IllegalStateException(key + " is not numeric");
        }
        return (Double) reader.apply(m);
    }

    /** The names a list metric holds ({@link #CHANNELS_USED}). */
    @SuppressWarnings("unchecked")
    public List<String> names(EpisodeMetrics m) {
        if (numeric()) {
            throw new IllegalStateException(key + " is numeric");
        }
        return (List<String>) reader.apply(m);
    }

    /**
     * Builds metrics from values read by key (the inverse of {@link #value}/{@link #names}); a missing number is
     * {@code NaN}, a missing list empty.
     */
    public static EpisodeMetrics fromValues(Function<EpisodeMetric, Double> numbers,
                                            Function<EpisodeMetric, List<String>> lists) {
        double[] v = new double[values().length];
        for (EpisodeMetric metric : values()) {
            Double x = metric.numeric() ? numbers.apply(metric) : null;
            v[metric.ordinal()] = x == null ? Double.NaN : x;
        }
        List<String> channels = lists.apply(CHANNELS_USED);
        return new EpisodeMetrics(v[BUILD_UP_SEC.ordinal()], v[PEAK_S.ordinal()], v[EXCESS_GONE_FRACTION_60S.ordinal()],
                v[HALF_RECOVERY_SEC.ordinal()], v[VAGAL_REBOUND_SIZE.ordinal()], v[VAGAL_REBOUND_LATENCY_SEC.ordinal()],
                v[POST_MINUS_PRE_LEVEL.ordinal()], v[SECONDS_ABOVE_THRESHOLD.ordinal()],
                v[BREATHING_IRREGULARITY_AT_PEAK.ordinal()], channels == null ? List.of() : channels,
                v[RELEASE_DROP_FRACTION.ordinal()], v[PLATEAU_HELD_FRACTION.ordinal()], v[DRIFT_PER_WAVE.ordinal()]);
    }
}
