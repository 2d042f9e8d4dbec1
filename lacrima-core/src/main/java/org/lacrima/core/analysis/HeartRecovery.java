package org.lacrima.core.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;

/**
 * When the heart has come back from a sustained movement ({@link ExertionDetector}), so that heart rate is shown
 * again before the movement's full recovery ({@link ExertionDetector#RECOVERY_SEC}) is over.
 *
 * <p>Heart-rate recovery after an effort is the return of vagal tone and the withdrawal of the sympathetic drive the
 * muscles called for (Imai et al. 1994: the fast, vagal phase comes first), and how long it takes scales with the
 * effort: a brief light effort that raised heart rate by a few beats is over within tens of seconds, a walk's
 * 15-30 bpm rise takes one to two minutes (Pierpont et al. 2000). Rather than guess the effort from the
 * accelerometer, the rule asks the heart itself: it has recovered once its rate is back within its own spread before
 * the movement. The level is the median of the heart rate shown in the {@value #REFERENCE_SEC} s before the movement
 * began and the spread its robust standard deviation (1.4826 × the median absolute deviation): the beat-to-beat wander
 * of a heart at rest (respiratory sinus arrhythmia, slow waves), within which a residue of the effort is no longer
 * told from rest. Heart rate counts as back when the median of the last {@value #SETTLE_SEC} s lies within one spread
 * of the level. Not before {@value #SETTLE_SEC} s after the movement: measured on the WESAD wrist recordings, the
 * pulse gives plausible beat intervals again 5-10 s after the wrist stops (the pulse wave's share of plausible
 * intervals reaches its plateau there; the device's own IBI export 10-30 s), so a median over 10 s after it reads
 * the heart, not the settling sensor. Never later than {@link ExertionDetector#RECOVERY_SEC}.
 *
 * <p>Where the heart rate before the movement is not known well enough (under {@value #MIN_REFERENCE_SEC} s shown in
 * those {@value #REFERENCE_SEC} s: chained movements whose recoveries are still running, the session's start), the
 * full recovery stands: the safe failure is blindness. Only heart rate is freed: RSA is estimated over a window of
 * beats that straddles the movement, and the vagal rebound after an effort is what a release looks like; skin
 * conductance and breathing follow their own time courses.
 *
 * <p>Causal and fed in grid order: the state (the recent heart rate, each movement's level and the time its heart
 * came back) carries over blocks, so a session split into other blocks shows the same heart rate.
 */
final class HeartRecovery {
    /** Seconds before a movement whose shown heart rate gives its level and spread. */
    static final double REFERENCE_SEC = 30;
    /** Least heart rate shown in those seconds for a level, seconds (a third of them). */
    static final double MIN_REFERENCE_SEC = 10;
    /** Seconds after the movement before the pulse is read again, and the span of the median that is compared. */
    static final double SETTLE_SEC = 10;
    /** Heart rate kept, seconds: the reference of a movement up to this long can be looked up when it is judged. */
    private static final double HISTORY_SEC = 900;

    private record Reference(double level, double spread) {
        boolean known() {
            return !Double.isNaN(level);
        }
    }

    private final double rateHz;
    private final double[] raw;
    private final double[] shown;
    private long next = -1;
    private long written;
    private final Map<Long, Reference> references = new HashMap<>();
    private final Map<Long, Double> recoveredAt = new HashMap<>();

    HeartRecovery(double rateHz) {
        this.rateHz = rateHz;
        int capacity = (int) Math.ceil(HISTORY_SEC * rateHz);
        this.raw = new double[capacity];
        this.shown = new double[capacity];
    }

    /**
     * Which grid points of a block (its heart-rate row {@code hr}, grid points from {@code firstIndex}) lie inside the
     * movements of {@code exertion} or after one before its heart is back; remembers the rate shown around them.
     */
    boolean[] hidden(double[] hr, int firstIndex, List<BadInterval> exertion) {
        boolean[] out = new boolean[hr.length];
        if (firstIndex != next) {
            // the first block, or a gap in the grid (never in one session): nothing before it is known
            references.clear();
            recoveredAt.clear();
            Arrays.fill(raw, Double.NaN);
            Arrays.fill(shown, Double.NaN);
            written = firstIndex;
        }
        for (int i = 0; i < hr.length; i++) {
            long g = firstIndex + i;
            double t = g / rateHz;
            double value = hr[i];
            put(raw, g, value);
            boolean hidden = false;
            for (BadInterval x : exertion) {
                if (t >= x.startSec() && t < x.endSec() && !recovered(x, g, t)) {
                    hidden = true;
                }
            }
            out[i] = hidden;
            put(shown, g, hidden ? Double.NaN : value);
        }
        next = firstIndex + hr.length;
        prune(firstIndex / rateHz);
        return out;
    }

    /** Whether at grid point {@code g} (time {@code t}, inside the stretch) the heart has come back from {@code x}. */
    private boolean recovered(BadInterval x, long g, double t) {
        double movementEnd = x.endSec() - ExertionDetector.RECOVERY_SEC;
        if (t < movementEnd + SETTLE_SEC) {
            return false;
        }
        long key = Math.round(x.startSec() * 1000);
        Double at = recoveredAt.get(key);
        if (at != null) {
            return t >= at;
        }
        Reference ref = references.computeIfAbsent(key, k -> reference(x.startSec()));
        if (!ref.known()) {
            return false;
        }
        double recent = median(raw, g - (long) Math.round(SETTLE_SEC * rateHz) + 1, g + 1,
                (int) Math.round(SETTLE_SEC * rateHz / 2));
        if (!Double.isNaN(recent) && Math.abs(recent - ref.level()) <= ref.spread()) {
            recoveredAt.put(key, t);
            return true;
        }
        return false;
    }

    /** The level and spread of the heart rate shown before {@code startSec}, from the history. */
    private Reference reference(double startSec) {
        long to = (long) Math.ceil(startSec * rateHz - 1e-9);
        long from = to - (long) Math.round(REFERENCE_SEC * rateHz);
        if (from < written - raw.length) {
            return new Reference(Double.NaN, Double.NaN);
        }
        double level = median(shown, from, to, (int) Math.round(MIN_REFERENCE_SEC * rateHz));
        if (Double.isNaN(level)) {
            return new Reference(Double.NaN, Double.NaN);
        }
        double[] deviations = new double[(int) (to - from)];
        int n = 0;
        for (long g = from; g < to; g++) {
            double v = get(shown, g);
            if (!Double.isNaN(v)) {
                deviations[n++] = Math.abs(v - level);
            }
        }
        return new Reference(level, 1.4826 * median(deviations, n));
    }

    private double median(double[] ring, long from, long to, int least) {
        double[] values = new double[(int) Math.max(0, to - from)];
        int n = 0;
        for (long g = Math.max(0, from); g < to; g++) {
            double v = get(ring, g);
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        return n < least || n == 0 ? Double.NaN : median(values, n);
    }

    private static double median(double[] values, int n) {
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private void put(double[] ring, long g, double v) {
        ring[(int) (g % ring.length)] = v;
        written = Math.max(written, g + 1);
    }

    /** The value at grid point {@code g}, NaN when it is no longer (or not yet) held. */
    private double get(double[] ring, long g) {
        if (g < 0 || g >= written || g < written - ring.length) {
            return Double.NaN;
        }
        return ring[(int) (g % ring.length)];
    }

    /** Forgets the movements whose longest recovery ended before {@code beforeSec}. */
    private void prune(double beforeSec) {
        references.keySet().removeIf(k -> k / 1000.0 < beforeSec - HISTORY_SEC);
        recoveredAt.keySet().removeIf(k -> k / 1000.0 < beforeSec - HISTORY_SEC);
    }
}
