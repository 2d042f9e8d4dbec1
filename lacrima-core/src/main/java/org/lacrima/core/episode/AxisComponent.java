package org.lacrima.core.episode;

import java.util.List;

import org.lacrima.core.model.Index;

/**
 * One index feeding an autonomic axis. Its value is turned into a robust z against the baseline:
 * {@code sign × (x − baseline median) / spread}, where the spread is 1.4826 × the baseline MAD but never
 * less than {@code floorAbsolute} (in the index's unit) nor {@code floorRelative} × |baseline median|.
 * The floors stop a very quiet baseline from turning ordinary wobble into large z values.
 *
 * @param index         name of the 4 Hz index ("scl", "scrRate", "hr", "breathingRate", "rsa")
 * @param evidence      channel-level name reported as evidence ("EDA", "HR", "RSP", "RSA")
 * @param sign          +1 if a rise means more of the axis, −1 if less
 * @param weight        relative weight in the axis (0..1)
 * @param floorAbsolute smallest spread, in the index's unit
 * @param floorRelative smallest spread as a fraction of the baseline median
 * @param maxZ          largest |z| the index contributes ({@link Double#POSITIVE_INFINITY}: no bound)
 * @param habituates    whether the index is a tonic level that comes down as the client settles, so that its reference
 *                      follows its floor lately down from the baseline ({@link TonicFloor})
 */
public record AxisComponent(String index, String evidence, double sign, double weight, double floorAbsolute,
                            double floorRelative, double maxZ, boolean habituates) {
    /** A component that does not habituate. */
    public AxisComponent(String index, String evidence, double sign, double weight, double floorAbsolute,
                         double floorRelative, double maxZ) {
        this(index, evidence, sign, weight, floorAbsolute, floorRelative, maxZ, false);
    }

    /** A component without a bound on its z that does not habituate. */
    public AxisComponent(String index, String evidence, double sign, double weight, double floorAbsolute,
                         double floorRelative) {
        this(index, evidence, sign, weight, floorAbsolute, floorRelative, Double.POSITIVE_INFINITY, false);
    }

    /**
     * Largest z of the breathing rate in S: arousal quickens quiet breathing by a few breaths a minute (our floor
     * spread is 1 per minute; criers' breathing rate stays about stable, Sharman et al. 2020), while sobbing,
     * laughing and speaking count their convulsive inspirations, bursts and phrases as "breaths" at 30-60 a minute.
     * Beyond five spreads the rate describes a breathing behaviour, not the size of the arousal: it still counts as
     * the channel agreeing fully, but one sob burst no longer outweighs heart rate and skin conductance together.
     */
    public static final double BREATHING_RATE_MAX_Z = 5;

    /**
     * Sympathetic axis S: skin conductance level (floor 0.1 µS or 10 %; habituates as the client settles), SCR rate
     * (1 per minute), heart rate (2 bpm), breathing rate (1 breath per minute). The slow, specific tonic EDA and heart
     * rate weigh most; SCR rate and breathing rate are noisier and weigh half.
     */
    public static final List<AxisComponent> SYMPATHETIC = List.of(
            new AxisComponent(Index.SCL.key(), "EDA", 1, 1.0, 0.1, 0.1, Double.POSITIVE_INFINITY, true),
            new AxisComponent(Index.SCR_RATE.key(), "EDA", 1, 0.5, 2.0, 0),
            new AxisComponent(Index.HR.key(), "HR", 1, 1.0, 2.0, 0.02),
            new AxisComponent(Index.BREATHING_RATE.key(), "RSP", 1, 0.5, 1.0, 0.05, BREATHING_RATE_MAX_Z));

    /**
     * Parasympathetic axis P from RSA in ln(ms²) (floor 0.25: about a 30 % change in respiratory-band
     * variance).
     */
    public static final List<AxisComponent> PARASYMPATHETIC = List.of(
            new AxisComponent(Index.RSA.key(), "RSA", 1, 1.0, 0.25, 0));

    /** Fallback for P when no RSA exists: heart rate, inverted (vagal activity slows the heart). */
    public static final List<AxisComponent> PARASYMPATHETIC_FROM_HR = List.of(
            new AxisComponent(Index.HR.key(), "HR", -1, 1.0, 2.0, 0.02));
}
