package org.lacrima.core.hrv;

import java.util.Arrays;

import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;

/**
 * {@link RrCorrector}'s artefact correction running on as a live feed's intervals arrive: each block's intervals are
 * classified and corrected only where they are new or near the new ones, and the result is, interval for interval,
 * the correction of everything fed so far as if it had been corrected whole ({@link RrCorrector#correct(RrSeries, int)}
 * with a pad span of {@value #PAD_SPAN}).
 *
 * <p>Each of the five rounds keeps its input, the classes it gave and where each beat went. A beat's class depends on
 * the beats within {@link CorrectionRound#REACH} of it and on where the run ends, so when beats are appended (or the
 * newest change) a round re-classifies from {@code REACH} before the first changed beat, and a later round re-reads
 * only what the earlier one changed. Where a round classified nothing from some beat on, the next round's input from
 * there is its own input shifted, and so are its classes (none): it is not re-classified there.
 *
 * <p>One difference from the whole-run correction that a live feed cannot avoid: the first interval and first
 * difference of a run are padded with their means over the run's first {@value #PAD_SPAN} values (the threshold
 * window), not over the whole run, which is not known until the run ends. It can change the class of beats among the
 * first 50 or so of a run (see BENCHMARKS.md, issue 15, branch {@code live4}). A run of up to {@value #PAD_SPAN}
 * intervals is corrected exactly as whole.
 *
 * <p>Memory: a gap-free run is held whole (about 100 bytes a beat, 0.5 MB for an hour). Not thread-safe.
 */
public final class RrStream {
    /** Values over which a run's first interval and first difference are padded: one threshold window. */
    static final int PAD_SPAN = 91;
    private static final int LEVELS = RrCorrector.MAX_ROUNDS + 1;
    private static final int MIN_RUN = CorrectionRound.MIN_BEATS - 1;

    private final double keepSec;
    /** Intervals fed (times in s, lengths in ms), from {@code rawBase}; the current run starts at {@code runStart}. */
    private final Held raw = new Held();
    private int runStart;
    /** The current run's beats (ms) before the first round and after each: level 0 is the input. */
    private final double[][] beats = new double[LEVELS][16];
    private final int[] length = new int[LEVELS];
    private final Round[] rounds = new Round[RrCorrector.MAX_ROUNDS];
    /** The corrected intervals of the runs closed by a gap. */
    private final Held closed = new Held();
    private final CorrectionRound classifier = new CorrectionRound();
    private final DoubleBuffer kept = new DoubleBuffer();
    private final DoubleBuffer tail = new DoubleBuffer();

    /**
     * @param keepSec seconds of intervals held before the newest window fed (older corrected intervals are dropped;
     *                the current run's beats are held whole)
     */
    public RrStream(double keepSec) {
        this.keepSec = keepSec;
        for (int r = 0; r < rounds.length; r++) {
            rounds[r] = new Round();
        }
    }

    /**
     * Feeds the intervals of a window: those before its first interval were fed earlier, the ones held that it repeats
     * are compared with it, and from the first that differs (or is new) on, the window's intervals replace what was
     * held. A window that changes a run closed earlier, or starts before what is held, starts the correction afresh.
     *
     * @return the corrected intervals ending from the window's first interval on
     */
    public RrSeries correct(RrSeries window) {
        if (window.length() == 0) {
            return RrSeries.empty();
        }
        double firstSec = window.timesSec().get(0);
        if (raw.size() > 0 && firstSec < raw.times(raw.base)) {
            reset();
        }
        int held = raw.firstAtOrAfter(firstSec);
        int k = 0;
        while (held + k < raw.end && k < window.length()
                && raw.times(held + k) == window.timesSec().get(k) && raw.ms(held + k) == window.intervalsMs().get(k)) {
            k++;
        }
        int changed = held + k;
        if (changed < runStart) {
            reset();
            changed = raw.end;
            k = 0;
        }
        raw.truncate(changed);
        length[0] = Math.min(length[0], changed == runStart ? 0 : changed - runStart + 1);
        int dirty = length[0];
        for (; k < window.length(); k++) {
            double t = window.timesSec().get(k);
            double ms = window.intervalsMs().get(k);
            if (raw.end > runStart && Math.abs(t - ms / 1000 - raw.times(raw.end - 1)) > RrSeries.TOUCH_TOLERANCE_SEC) {
                update(dirty);
                closeRun();
                dirty = 0;
            }
            raw.add(t, ms);
            if (raw.end - 1 == runStart) {
                setBeat(0, 0, (t - ms / 1000) * 1000);
            }
            setBeat(0, raw.end - runStart, t * 1000);
        }
        update(dirty);
        raw.dropBefore(firstSec - keepSec, runStart);
        closed.dropBefore(firstSec - keepSec, closed.end);
        return output(window.startSec(0));
    }

    /** Forgets everything held: the next interval starts a run. */
    private void reset() {
        raw.clear();
        closed.clear();
        startRun();
    }

    private void startRun() {
        runStart = raw.end;
        Arrays.fill(length, 0);
        for (Round r : rounds) {
            r.lastFlag = -1;
            r.previousLength = 0;
            r.identity = false;
        }
    }

    /** Level 0 changed from beat {@code dirty} on: runs the rounds over what changed. */
    private void update(int dirty) {
        int d = dirty;
        int noFlagsFrom = -1;
        for (int r = 0; r < rounds.length; r++) {
            d = rounds[r].update(r, d, noFlagsFrom);
            noFlagsFrom = rounds[r].identicalFrom(r);
        }
    }

    /** The current run ends (a gap follows): its corrected intervals are kept, a new run starts after it. */
    private void closeRun() {
        int m = raw.end - runStart;
        if (m < MIN_RUN) {
            for (int i = runStart; i < raw.end; i++) {
                closed.add(raw.times(i), raw.ms(i));
            }
        } else {
            double[] b = beats[LEVELS - 1];
            for (int i = 1; i < length[LEVELS - 1]; i++) {
                closed.add(b[i] / 1000, b[i] - b[i - 1]);
            }
        }
        startRun();
    }

    /** The corrected intervals ending at or after {@code fromSec}: the closed runs', then the current run's. */
    private RrSeries output(double fromSec) {
        int closedFrom = closed.firstAtOrAfter(fromSec);
        int m = raw.end - runStart;
        double[] b = beats[LEVELS - 1];
        int n = length[LEVELS - 1];
        int from;
        int count;
        if (m < MIN_RUN) {
            from = Math.max(runStart, raw.firstAtOrAfter(fromSec));
            count = raw.end - from;
        } else {
            // the interval ending at beat i is kept when its end in seconds, as the whole correction gives it, is
            from = Math.max(1, firstAtOrAfter(b, n, fromSec * 1000));
            while (from > 1 && b[from - 1] / 1000 >= fromSec) {
                from--;
            }
            while (from < n && b[from] / 1000 < fromSec) {
                from++;
            }
            count = n - from;
        }
        int before = closed.end - closedFrom;
        double[] times = new double[before + count];
        double[] ms = new double[times.length];
        for (int i = 0; i < before; i++) {
            times[i] = closed.times(closedFrom + i);
            ms[i] = closed.ms(closedFrom + i);
        }
        for (int i = 0; i < count; i++) {
            if (m < MIN_RUN) {
                times[before + i] = raw.times(from + i);
                ms[before + i] = raw.ms(from + i);
            } else {
                times[before + i] = b[from + i] / 1000;
                ms[before + i] = b[from + i] - b[from + i - 1];
            }
        }
        return new RrSeries(Samples.wrap(times), Samples.wrap(ms));
    }

    private void setBeat(int level, int i, double ms) {
        if (beats[level].length <= i) {
            beats[level] = Arrays.copyOf(beats[level], Math.max(i + 1, 2 * beats[level].length));
        }
        beats[level][i] = ms;
        length[level] = Math.max(length[level], i + 1);
    }

    private static int firstAtOrAfter(double[] x, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One round's memory: the classes it gave its input, where it skipped, and where each beat went. */
    private final class Round {
        private byte[] kind = new byte[16];
        private boolean[] skip = new boolean[17];
        private int[] outIndex = new int[16];
        /** The last classified beat at or before each beat, or -1. */
        private int[] lastFlagAt = new int[16];
        private int lastFlag = -1;
        /** Input length when last updated. */
        private int previousLength;
        /** Neither this round nor the one before classified anything in the run: output and input are the same. */
        private boolean identity;

        /**
         * Round {@code r}'s input (level {@code r}) changed from beat {@code changed} on; brings its output (level
         * {@code r + 1}) up to date.
         *
         * @param identicalFrom from this beat on the input is the previous round's input shifted and that round
         *                      classified nothing, so this round classifies nothing there either; -1 for none such
         * @return the first beat of the output that changed
         */
        int update(int r, int changed, int identicalFrom) {
            double[] x = beats[r];
            int n = length[r];
            int stable = Math.min(changed, previousLength);
            if (identity && identicalFrom == 0) {
                // the previous round classified nothing, nor did this one: its output is its input, as it was
                keepInput(r, stable, n);
                return stable;
            }
            int padEnd = RrCorrector.padEnd(n, PAD_SPAN);
            boolean padChanged = padEnd != RrCorrector.padEnd(previousLength, PAD_SPAN) || stable < padEnd;
            // a class depends on the beats up to REACH after it and on where the run ends
            int c = padChanged ? 0 : Math.max(0, stable - CorrectionRound.REACH - 2);
            grow(n);
            Arrays.fill(kind, c, n, (byte) 0);
            int from = Math.max(0, c - 1);
            int to = identicalFrom < 0 ? n : Math.max(from, identicalFrom);
            boolean skipFrom = from > 0 && skip[from];
            Arrays.fill(skip, from, n + 1, false);
            classifier.classify(x, n, from, to, skipFrom, padEnd, kind, skip);
            for (int i = from; i < n; i++) {
                lastFlagAt[i] = kind[i] != 0 ? i : i > 0 ? lastFlagAt[i - 1] : -1;
            }
            lastFlag = n > 0 ? lastFlagAt[n - 1] : -1;
            // the corrected beats from one whose predecessor has no class: those before it stay as they were
            int a = c;
            while (a > 0 && kind[a - 1] != 0) {
                a--;
            }
            int base = a == 0 ? 0 : outIndex[a];
            tail.clear();
            CorrectionRound.apply(x, n, kind, a, base, kept, tail, outIndex, null);
            double[] y = beats[r + 1];
            int oldLength = length[r + 1];
            int first = base;
            while (first < oldLength && first - base < tail.size() && y[first] == tail.get(first - base)) {
                first++;
            }
            length[r + 1] = base;
            for (int i = 0; i < tail.size(); i++) {
                setBeat(r + 1, base + i, tail.get(i));
            }
            length[r + 1] = base + tail.size();
            previousLength = n;
            identity = identicalFrom == 0 && lastFlag < 0;
            return first;
        }

        /** This round leaves its input as it is: beats {@code [from, n)} are copied through, none classified. */
        private void keepInput(int r, int from, int n) {
            grow(n);
            Arrays.fill(kind, from, n, (byte) 0);
            Arrays.fill(skip, from, n + 1, false);
            Arrays.fill(lastFlagAt, from, n, -1);
            for (int i = from; i < n; i++) {
                outIndex[i] = i;
            }
            if (beats[r + 1].length < n) {
                beats[r + 1] = Arrays.copyOf(beats[r + 1], Math.max(n, 2 * beats[r + 1].length));
            }
            System.arraycopy(beats[r], from, beats[r + 1], from, n - from);
            length[r + 1] = n;
            previousLength = n;
        }

        /**
         * From which beat of the next round's input that round is this one's shifted and classifies nothing (this round
         * classified nothing from beat {@code lastFlag + 1} on); 0 when this round classified nothing at all.
         */
        int identicalFrom(int r) {
            if (lastFlag < 0) {
                return 0;
            }
            int shift = Math.abs(length[r + 1] - length[r]);
            return lastFlag + 1 + shift + CorrectionRound.REACH + 8;
        }

        private void grow(int n) {
            if (kind.length < n) {
                int size = Math.max(n, 2 * kind.length);
                kind = Arrays.copyOf(kind, size);
                skip = Arrays.copyOf(skip, size + 1);
                outIndex = Arrays.copyOf(outIndex, size);
                lastFlagAt = Arrays.copyOf(lastFlagAt, size);
            }
        }
    }

    /** Intervals (end time in s, length in ms) indexed from the first ever held. */
    private static final class Held {
        private double[] times = new double[64];
        private double[] ms = new double[64];
        private int base;
        private int end;

        int size() {
            return end - base;
        }

        double times(int i) {
            return times[i - base];
        }

        double ms(int i) {
            return ms[i - base];
        }

        void add(double t, double v) {
            if (end - base == times.length) {
                times = Arrays.copyOf(times, 2 * times.length);
                ms = Arrays.copyOf(ms, 2 * ms.length);
            }
            times[end - base] = t;
            ms[end - base] = v;
            end++;
        }

        void truncate(int newEnd) {
            end = Math.max(base, Math.min(end, newEnd));
        }

        void clear() {
            base = end;
        }

        /** Index of the first interval held ending at or after {@code t}, or {@code end}. */
        int firstAtOrAfter(double t) {
            int lo = base;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times(mid) < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Drops the intervals ending before {@code t}, but none from index {@code limit} on. */
        void dropBefore(double t, int limit) {
            int drop = Math.min(firstAtOrAfter(t), limit) - base;
            if (drop > 0) {
                System.arraycopy(times, drop, times, 0, end - base - drop);
                System.arraycopy(ms, drop, ms, 0, end - base - drop);
                base += drop;
            }
        }
    }
}
