package org.lacrima.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A derived index on the analysis grid: the key it is stored and exported under (the JSON and CSV
 * contracts use it unchanged), the unit of its values and a label for people. The unit of an index
 * computed from a channel is that channel's unit where the values are in it (skin conductance in
 * whatever unit the EDA channel declares), so a constant here carries only the usual unit.
 *
 * @param key   stable identifier, e.g. "hr", "scl", "S"
 * @param unit  unit of the values, e.g. "bpm", "uS", "1/min", "z"; "1" for a dimensionless ratio
 * @param label human-readable name, e.g. "Heart rate"
 */
public record Index(String key, String unit, String label) {
    /** Heart rate from the NN intervals (or a device's heart-rate channel), beats per minute. */
    public static final Index HR = new Index("hr", "bpm", "Heart rate");
    /** Respiratory sinus arrhythmia, natural log of the respiratory-band NN power in ms². */
    public static final Index RSA = new Index("rsa", "ln(ms^2)", "RSA");
    /** Skin conductance level (tonic EDA), in the EDA channel's unit (usually µS). */
    public static final Index SCL = new Index("scl", "uS", "Skin conductance level");
    /** Skin conductance responses per minute. */
    public static final Index SCR_RATE = new Index("scrRate", "1/min", "SCR rate");
    /** Mean amplitude of recent skin conductance responses, in the EDA channel's unit. */
    public static final Index SCR_AMPLITUDE = new Index("scrAmplitude", "uS", "SCR amplitude");
    /** Breaths per minute. */
    public static final Index BREATHING_RATE = new Index("breathingRate", "1/min", "Breathing rate");
    /** Breath-to-breath irregularity of the breathing cycle, dimensionless. */
    public static final Index IRREGULARITY = new Index("irregularity", "1", "Irregularity");
    /** Sympathetic arousal axis, robust z against the baseline. */
    public static final Index S = new Index("S", "z", "S");
    /** Parasympathetic (vagal) axis, robust z against the baseline. */
    public static final Index P = new Index("P", "z", "P");

    /** Every index the analysis produces, in the order reports show them. */
    public static final List<Index> KNOWN = List.of(S, P, HR, RSA, SCL, SCR_RATE, SCR_AMPLITUDE, BREATHING_RATE,
            IRREGULARITY);

    public Index {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }

    /** This index with values in {@code channelUnit} (e.g. SCL of a channel recorded in nS). */
    public Index withUnit(String channelUnit) {
        return new Index(key, channelUnit, label);
    }

    /** The known index with this key (exact, case-sensitive), if any. */
    public static Optional<Index> known(String key) {
        return KNOWN.stream().filter(i -> i.key.equals(key)).findFirst();
    }

    /** The index a series stands for: the known one with its key and the series' unit, else the key as its label. */
    public static Index of(RegularSeries series) {
        return known(series.name()).orElse(new Index(series.name(), series.unit(), series.name()))
                .withUnit(series.unit());
    }

    /** A series of this index (its key as the name, its unit), starting at {@code startSec}. */
    public RegularSeries series(double startSec, double rateHz, Samples values) {
        return new RegularSeries(key, unit, startSec, rateHz, values);
    }

    /** Whether {@code series} holds this index (same key; units may differ between recordings). */
    public boolean names(RegularSeries series) {
        return key.equals(series.name());
    }
}
