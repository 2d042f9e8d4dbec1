package org.lacrima.core.quality;

import java.util.Locale;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * Thresholds for judging one channel. {@link #forChannel(Channel)} picks defaults by channel type and unit.
 *
 * @param minFlatSec      a run of identical values at least this long (seconds) is a flat line;
 *                        {@code +Infinity} disables the check (e.g. sample-and-hold device heart rate)
 * @param minClipSec      a run at the channel's global minimum or maximum at least this long (seconds, and at
 *                        least 3 samples) is clipping; {@code +Infinity} disables the check
 * @param plausibleMin    lowest plausible value in the channel's unit (exclusive when {@code minExclusive})
 * @param minExclusive    whether {@code plausibleMin} itself is implausible (EDA of exactly 0 µS is)
 * @param plausibleMax    highest plausible value in the channel's unit
 * @param maxGapSec       for irregular channels, a gap between samples longer than this (seconds) is a dropout
 * @param minDurationSec  a channel shorter than this (seconds) is reported as too short as a whole
 * @param calibration     whether stretches of a square calibration signal are looked for
 *                        ({@link CalibrationPulseDetector}; ECG recorders write one)
 */
public record QualityRules(double minFlatSec, double minClipSec, double plausibleMin, boolean minExclusive,
                           double plausibleMax, double maxGapSec, double minDurationSec, boolean calibration) {

    /** No range check, no flat or clipping check: only dropouts. */
    public static QualityRules permissive() {
        return new QualityRules(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, false);
    }

    /** A copy with another plausible range. */
    public QualityRules withRange(double min, boolean exclusive, double max) {
        return new QualityRules(minFlatSec, minClipSec, min, exclusive, max, maxGapSec, minDurationSec, calibration);
    }

    /** Defaults for a channel, by type and unit. Ranges apply only when the unit is the one they are written in. */
    public static QualityRules forChannel(Channel channel) {
        String unit = channel.unit().trim().toLowerCase(Locale.ROOT);
        QualityRules base = permissive();
        return switch (channel.type()) {
            // EDA is smooth but never bit-exact constant for 10 s on a live electrode; saturation shows as a
            // plateau of a second or more. The 0..100 µS range only applies when the file says µS.
            case EDA -> {
                QualityRules r = new QualityRules(10, 1.0, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, 10, false);
                yield isMicrosiemens(unit) ? r.withRange(0, true, 100) : r;
            }
            // A breathing belt is never exactly constant for 5 s unless disconnected (apnoea still shows noise).
            case RSP -> new QualityRules(5, 0.5, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 10, false);
            case ECG -> new QualityRules(1, 0.05, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 2, true);
            case PPG -> new QualityRules(1, 0.05, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 2, false);
            case HR -> base.withRange(30, false, 220);
            case RR -> {
                double scale = unit.equals("ms") ? 1000 : 1;
                // 30..220 bpm expressed as inter-beat intervals; a beat gap over 3 s is a dropout.
                yield new QualityRules(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 60.0 / 220 * scale, false,
                        60.0 / 30 * scale, 3, 0, false);
            }
            default -> base;
        };
    }

    /** Whether a unit string means microsiemens ("uS", "µS", "microsiemens", any case). */
    public static boolean isMicrosiemens(String unit) {
        unit = unit.trim().toLowerCase(Locale.ROOT);
        return unit.equals("us") || unit.equals("µs") || unit.equals("μs") || unit.equals("microsiemens");
    }
}
