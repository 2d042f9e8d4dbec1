package org.lacrima.core.hrv;

import java.util.List;

/**
 * Heart rate variability over one interval. A figure that cannot be computed from the data in the
 * interval (too few beats, too short for its frequency band) is {@code NaN}, and a warning says why.
 *
 * @param fromSec      start of the interval, seconds from the recording start
 * @param toSec        end of the interval, seconds from the recording start
 * @param intervals    number of NN intervals used
 * @param meanHrBpm    mean heart rate in beats per minute (60000 / mean NN)
 * @param meanNnMs     mean NN interval in milliseconds
 * @param sdnnMs       standard deviation of the NN intervals in milliseconds
 * @param rmssdMs      root mean square of successive differences in milliseconds (gaps skipped)
 * @param pnn50Percent percentage of successive differences above 50 ms
 * @param lfPowerMs2   power between 0.04 and 0.15 Hz in ms² (Lomb–Scargle); needs 50 s
 * @param hfPowerMs2   power between 0.15 and 0.40 Hz in ms² (Lomb–Scargle); needs 15 s
 * @param warnings     why a figure is missing or unreliable
 */
public record HrvSummary(double fromSec, double toSec, int intervals, double meanHrBpm, double meanNnMs,
                         double sdnnMs, double rmssdMs, double pnn50Percent, double lfPowerMs2,
                         double hfPowerMs2, List<String> warnings) {
    public HrvSummary {
        warnings = List.copyOf(warnings);
    }

    /** LF power over HF power (sympathovagal balance), {@code NaN} when either is missing or HF is 0. */
    public double lfHfRatio() {
        return hfPowerMs2 > 0 ? lfPowerMs2 / hfPowerMs2 : Double.NaN;
    }
}
