package org.lacrima.core.hrv;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.QualityIssue;

/**
 * Standing up (and walking after it), seen in the heart rate alone, for sessions whose heart is the only witness of
 * arousal (an RR strap or a pulse sensor without an accelerometer, skin conductance or a belt). On standing, heart rate
 * jumps within seconds (the initial orthostatic response: a rise starting within about 3 s and largest about 10 s after
 * standing, of 10-25 bpm in healthy adults; Borst et al. 1982, Wieling et al. 2007) and stays 10-15 bpm up while
 * upright, more while walking. Crying raises heart rate modestly and over tens of seconds (Gross, Fredrickson &amp;
 * Levenson 1994); a startle's jump is gone within about 10 s. So a rise of at least {@value #JUMP_BPM} bpm from one
 * five-second stretch to the next, from a heart at rest, that is still {@value #HOLD_BPM} bpm up half a minute later
 * is taken for posture and effort: heart rate, RSA and every other index then follow the muscles until the heart is
 * back ({@value #BACK_BPM} bpm of where it started) and has recovered ({@link ExertionDetector#RECOVERY_SEC}), and
 * neither the rise nor its return is evidence of a build-up or a release.
 *
 * <p>Such a step is not specific to posture: seated drivers' stress responses step up as fast and hold (drivedb), and
 * in an intensive-care record (MIMIC, no movement) rhythm changes do too. Where the session has skin conductance, a
 * belt or an accelerometer, those tell movement from arousal and this detector is not used; with the heart alone
 * nothing else can, and a therapy room's short walks are far commoner than a crying bout that starts with a held
 * 10-bpm step. The stretches are reported ({@link QualityIssue#HEART_RATE_STEP}) so the reader sees what was left out.
 *
 * <p>Works on heart rate averaged per second (empty seconds {@code NaN}), so that beat intervals and a 1-Hz device
 * channel are judged alike. Means, not medians: the intervals come corrected ({@link RrCorrector}) and the device
 * channel is already averaged. A stretch whose heart has not come back by the last second known ends there, without
 * the recovery: a later, longer look extends it.
 */
public final class OrthostaticRiseDetector {
    /**
     * Rise from the 5 s before an onset to 2-7 s after it, bpm: the low end of the initial orthostatic response, which
     * starts within about 3 s of standing.
     */
    public static final double JUMP_BPM = 10;
    /**
     * The 5 s before an onset at most this far above the 30 s before it, bpm: posture changes in a step, from wherever
     * the heart was; an emotional build-up accelerates gradually, so the heart is already rising before its steepest
     * seconds.
     */
    public static final double AT_REST_BPM = 3;
    /**
     * Heart rate 10-40 s after the onset over the 30 s before it, bpm: the low end of the standing heart rate's
     * excess over sitting; a startle or a single sob's surge has gone by then.
     */
    public static final double HOLD_BPM = 10;
    /** Back within this of the level before the onset, bpm (about the spread of a resting minute's heart rate). */
    public static final double BACK_BPM = 5;
    /** Longest upright stretch followed, seconds: a walk round a room or out of it and back. */
    public static final double MAX_SEC = 600;
    /** Seconds of heart rate before an onset needed to judge it, and after it (the hold). */
    public static final double BEFORE_SEC = 30;
    public static final double AFTER_SEC = 40;
    /**
     * Within the first {@value #BEFORE_SEC} s of a recording, the heart at rest is judged over the seconds seen since it
     * began, at least this many: two of the five-second stretches the step itself is judged by. A strap put on in the
     * waiting room records a client who stands up and walks in within seconds, and a step the detector could not judge
     * reads as a build-up of 10-20 z.
     */
    static final double MIN_REST_AT_START_SEC = 10;

    private OrthostaticRiseDetector() {
    }

    /**
     * The upright stretches (from the onset to the heart's return, plus {@link ExertionDetector#RECOVERY_SEC}) among
     * the onsets in {@code [fromSec - MAX_SEC, toSec)} that reach into {@code [fromSec, toSec)}.
     *
     * @param nn     corrected NN intervals from at least {@code fromSec - MAX_SEC - BEFORE_SEC} to
     *               {@code toSec + AFTER_SEC} where available
     * @param label  the channel the stretches are reported under
     */
    public static List<BadInterval> detect(RrSeries nn, double fromSec, double toSec, String label) {
        double start = Math.floor(fromSec - MAX_SEC - BEFORE_SEC);
        int n = (int) Math.ceil(toSec + MAX_SEC + AFTER_SEC - start);
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < nn.length(); i++) {
            int k = (int) Math.floor(nn.timesSec().get(i) - start);
            double ms = nn.intervalsMs().get(i);
            if (k >= 0 && k < n && ms > 0) {
                sum[k] += 60_000 / ms;
                count[k]++;
            }
        }
        double[] bpm = new double[n];
        for (int k = 0; k < n; k++) {
            bpm[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        return detect(bpm, start, fromSec, toSec, label);
    }

    /**
     * As {@link #detect(RrSeries, double, double, String)} on heart rate per second: {@code bpm[k]} is the mean
     * heart rate over {@code [startSec + k, startSec + k + 1)}, {@code NaN} where unknown.
     */
    public static List<BadInterval> detect(double[] bpm, double startSec, double fromSec, double toSec, String label) {
        SecondMeans hr = new SecondMeans(bpm);
        // the seconds known so far: a stretch whose heart has not come back by then ends there
        int seen = hr.lastKnown() + 1;
        List<BadInterval> out = new ArrayList<>();
        int first = (int) Math.max(BEFORE_SEC, Math.ceil(fromSec - MAX_SEC - startSec));
        int last = (int) Math.min(bpm.length - AFTER_SEC, Math.ceil(toSec - startSec));
        for (int k = first; k < last; k++) {
            double pre = hr.mean(k - (int) BEFORE_SEC, k);
            if (Double.isNaN(pre) && startSec + k - BEFORE_SEC < 0) {
                pre = hr.mean((int) Math.ceil(-startSec), k, MIN_REST_AT_START_SEC);
            }
            double before = hr.mean(k - 5, k);
            if (!(before - pre <= AT_REST_BPM && hr.mean(k + 2, k + 7) - before >= JUMP_BPM
                    && hr.mean(k + 10, k + 40) - pre >= HOLD_BPM)) {
                continue;
            }
            int back = k + (int) AFTER_SEC;
            // not past the last second known yet: a live block (or a file's) that has not seen the heart come back
            // reports the stretch as far as it has seen, and later blocks, which see further, extend it
            int limit = Math.min(seen, Math.min(bpm.length, k + (int) MAX_SEC));
            while (back < limit && !(hr.mean(back - 10, back) - pre <= BACK_BPM)) {
                back++;
            }
            boolean cameBack = back < seen;
            double endSec = startSec + back + (cameBack ? ExertionDetector.RECOVERY_SEC : 0);
            if (endSec > fromSec) {
                out.add(new BadInterval(label, startSec + k, endSec, QualityIssue.HEART_RATE_STEP));
            }
            k = back;
        }
        return out;
    }

    /** Means of per-second values over spans of seconds, ignoring unknown seconds, from prefix sums. */
    private static final class SecondMeans {
        private final double[] sum;
        private final int[] count;

        SecondMeans(double[] values) {
            sum = new double[values.length + 1];
            count = new int[values.length + 1];
            for (int k = 0; k < values.length; k++) {
                boolean known = Double.isFinite(values[k]);
                sum[k + 1] = sum[k] + (known ? values[k] : 0);
                count[k + 1] = count[k] + (known ? 1 : 0);
            }
        }

        /** The last second with a value; -1 if none. */
        int lastKnown() {
            int k = count.length - 1;
            while (k > 0 && count[k] == count[k - 1]) {
                k--;
            }
            return k - 1;
        }

        /** Mean over seconds {@code [from, to)}, {@code NaN} when fewer than half of them are known. */
        double mean(int from, int to) {
            return mean(from, to, (to - from) / 2.0);
        }

        /** Mean over seconds {@code [from, to)}, {@code NaN} when fewer than {@code minKnown} of them are known. */
        double mean(int from, int to, double minKnown) {
            int a = Math.max(0, from);
            int b = Math.min(sum.length - 1, to);
            int c = b > a ? count[b] - count[a] : 0;
            return c == 0 || c < minKnown ? Double.NaN : (sum[b] - sum[a]) / c;
        }
    }
}
