package org.lacrima.core.model;

import java.util.Objects;

/**
 * One recorded signal.
 *
 * <p>Regularly sampled channels have a positive {@code rateHz} and no {@code timesSec};
 * sample {@code i} lies at {@code startOffsetSec + i / rateHz} seconds from the recording start.
 * Irregular channels (RR intervals, device IBI) carry the time of every sample in
 * {@code timesSec} (seconds from the recording start) and report {@code rateHz} as {@code NaN}.
 *
 * @param label          the label in the source file (e.g. "MLII", "EDA")
 * @param type           what the channel measures
 * @param unit           physical unit of the values (e.g. "mV", "uS", "s")
 * @param rateHz         sampling rate in hertz, or {@code NaN} for irregular channels
 * @param startOffsetSec time of the first sample in seconds from the recording start (regular channels)
 * @param values         the sample values in {@code unit}
 * @param timesSec       per-sample times in seconds from the recording start, or {@code null} if regular
 */
public record Channel(String label, ChannelType type, String unit, double rateHz, double startOffsetSec,
                      Samples values, Samples timesSec) {

    public Channel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        if (timesSec == null) {
            if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
                throw new IllegalArgumentException("channel " + label + ": sampling rate must be positive, got " + rateHz);
            }
        } else if (timesSec.length() != values.length()) {
            throw new IllegalArgumentException("channel " + label + ": " + timesSec.length()
                    + " times for " + values.length() + " values");
        }
    }

    /** A regularly sampled channel. */
    public static Channel regular(String label, ChannelType type, String unit, double rateHz,
                                  double startOffsetSec, Samples values) {
        return new Channel(label, type, unit, rateHz, startOffsetSec, values, null);
    }

    /** An irregularly sampled channel, e.g. RR intervals stamped with their beat times. */
    public static Channel irregular(String label, ChannelType type, String unit, Samples timesSec, Samples values) {
        return new Channel(label, type, unit, Double.NaN, 0.0, values, timesSec);
    }

    /** Whether samples are equally spaced at {@link #rateHz()}. */
    public boolean isRegular() {
        return timesSec == null;
    }

    /** Number of samples. */
    public int length() {
        return values.length();
    }

    /** Time of sample {@code index} in seconds from the recording start. */
    public double timeOfSec(int index) {
        return isRegular() ? startOffsetSec + index / rateHz : timesSec.get(index);
    }

    /** Time just after the last sample, in seconds from the recording start. */
    public double endSec() {
        if (length() == 0) {
            return startOffsetSec;
        }
        return isRegular() ? startOffsetSec + length() / rateHz : timesSec.get(length() - 1);
    }

    /**
     * The same samples {@code seconds} later (earlier when negative), as placed in a recording starting elsewhere: two
     * files of one session put on one time axis by their start times.
     */
    public Channel shiftedBy(double seconds) {
        if (isRegular()) {
            return regular(label, type, unit, rateHz, startOffsetSec + seconds, values);
        }
        double[] times = timesSec.toArray();
        for (int i = 0; i < times.length; i++) {
            times[i] += seconds;
        }
        return irregular(label, type, unit, Samples.wrap(times), values);
    }

    /**
     * The samples lying in {@code [fromSec, toSec)} (seconds from the recording start), without copying.
     * A regular slice keeps its exact first-sample time in {@link #startOffsetSec()}.
     */
    public Channel slice(double fromSec, double toSec) {
        int from = firstIndexAtOrAfter(fromSec);
        int to = Math.max(from, firstIndexAtOrAfter(toSec));
        if (isRegular()) {
            return new Channel(label, type, unit, rateHz, startOffsetSec + from / rateHz, values.slice(from, to), null);
        }
        return new Channel(label, type, unit, rateHz, startOffsetSec, values.slice(from, to), timesSec.slice(from, to));
    }

    private int firstIndexAtOrAfter(double sec) {
        int n = length();
        if (isRegular()) {
            double idx = Math.ceil((sec - startOffsetSec) * rateHz - 1e-9);
            return (int) Math.max(0, Math.min(n, idx));
        }
        return timesSec.firstIndexAtOrAfter(sec);
    }
}
