package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The RR intervals a chest strap exports (Polar H10-like): one interval per detected beat, stamped at
 * its closing beat, in seconds. Every beat the heart made is in it (ectopic ones too), except that
 * with {@link ConfounderKind#MISSED_BEAT} the strap sometimes misses a beat (two intervals arrive
 * merged as one) and with {@link ConfounderKind#SPLIT_BEAT} sometimes counts one twice (an interval
 * arrives split in two at 35–65 %), and with {@link ConfounderKind#BLUETOOTH_DROPOUT} the beats of 5-60 s never
 * reach the phone, nor do the strap's other streams over that stretch ({@link #loseDropouts}).
 *
 * @param timesSec     closing-beat times, ascending
 * @param intervalsSec the intervals
 * @param artefacts    where the strap missed or split a beat, and where the link dropped
 */
record RrExport(double[] timesSec, double[] intervalsSec, List<Confounder> artefacts) {
    /** Shortest and longest Bluetooth dropout, seconds. */
    private static final double MIN_DROPOUT_SEC = 5;
    private static final double MAX_DROPOUT_SEC = 60;

    static RrExport of(double[] beats, ConfounderPlan plan, RandomSource rnd) {
        double missedPerBeat = plan.includes(ConfounderKind.MISSED_BEAT) ? ConfounderKind.MISSED_BEAT.perHour() / 4200 : 0;
        double splitPerBeat = plan.includes(ConfounderKind.SPLIT_BEAT) ? ConfounderKind.SPLIT_BEAT.perHour() / 4200 : 0;
        double dropoutPerBeat = plan.includes(ConfounderKind.BLUETOOTH_DROPOUT)
                ? ConfounderKind.BLUETOOTH_DROPOUT.perHour() / 4200 : 0;
        double droppedUntil = Double.NEGATIVE_INFINITY;
        List<Double> times = new ArrayList<>();
        List<Double> intervals = new ArrayList<>();
        List<Confounder> artefacts = new ArrayList<>();
        double previous = beats.length > 0 ? beats[0] : 0;
        for (int k = 1; k < beats.length; k++) {
            if (dropoutPerBeat > 0 && beats[k] >= droppedUntil && rnd.chance(dropoutPerBeat)) {
                droppedUntil = beats[k] + rnd.uniform(MIN_DROPOUT_SEC, MAX_DROPOUT_SEC);
                artefacts.add(new Confounder(ConfounderKind.BLUETOOTH_DROPOUT, beats[k], droppedUntil));
            }
            if (beats[k] < droppedUntil) {
                previous = beats[k]; // lost in transit: the next interval received is the next beat's own
                continue;
            }
            if (k + 1 < beats.length && missedPerBeat > 0 && rnd.chance(missedPerBeat)) {
                artefacts.add(new Confounder(ConfounderKind.MISSED_BEAT, beats[k], beats[k]));
                continue; // beat k not detected: the next interval spans two
            }
            double interval = beats[k] - previous;
            if (splitPerBeat > 0 && rnd.chance(splitPerBeat)) {
                double cut = previous + rnd.uniform(0.35, 0.65) * interval;
                artefacts.add(new Confounder(ConfounderKind.SPLIT_BEAT, cut, cut));
                times.add(cut);
                intervals.add(cut - previous);
                interval = beats[k] - cut;
            }
            times.add(beats[k]);
            intervals.add(interval);
            previous = beats[k];
        }
        return new RrExport(times.stream().mapToDouble(Double::doubleValue).toArray(),
                intervals.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(artefacts));
    }

    /**
     * Sets to {@code NaN} the samples of another of the strap's streams ({@code samples} at {@code rateHz}, from 0 s) that
     * fall in a Bluetooth dropout: the link carries every stream of the strap, so a dropout loses its accelerometer's
     * frames with its beats.
     */
    void loseDropouts(double[] samples, double rateHz) {
        for (Confounder c : artefacts) {
            if (c.kind() != ConfounderKind.BLUETOOTH_DROPOUT) {
                continue;
            }
            int from = Math.max(0, (int) Math.ceil(c.startSec() * rateHz));
            int to = Math.min(samples.length, (int) Math.ceil(c.endSec() * rateHz));
            java.util.Arrays.fill(samples, Math.min(from, to), to, Double.NaN);
        }
    }
}
