package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;

/**
 * {@link SignalQualityAssessor#assess(Channel)} of overlapping windows of one growing channel, as a live feed's blocks
 * ask every 10 s about their 90-175 s windows: each aligned chunk of {@value #CHUNK} samples is summed up once (its
 * extremes, whether it holds a dropout or an implausible value, whether it is constant), and a window then reads only
 * the chunks where a run can be. A dropout or implausible run lies in chunks that hold one; a run at the window's
 * extreme (clipping) in chunks whose own extreme it is; a flat line, at least two chunks long, covers a constant chunk
 * and is followed from there. So the mask is exactly the assessor's, at a fraction of the nine or more passes over
 * each sample.
 *
 * <p>The windows must come from one channel whose samples, once arrived, never change, with windows moving forward; an
 * irregular channel, one checked for calibration signals, or one whose flat lines are shorter than two chunks is
 * assessed whole. Not thread-safe.
 */
public final class SlidingQualityAssessor {
    /** Samples per chunk: short against a flat line (5-10 s, 250-320 samples) and a window (thousands of samples). */
    static final int CHUNK = 64;

    private final SignalQualityAssessor whole = new SignalQualityAssessor();
    /** Summaries of the complete chunks by number on the channel's sample lattice, consecutive from the window's. */
    private final KeptChunks chunks = new KeptChunks();
    private double rateHz = Double.NaN;
    private double phase = Double.NaN;

    /** What a window needs to know of a chunk: its extremes ({@code NaN} ignored), and what runs can be in it. */
    private record Chunk(double min, double max, boolean dropout, boolean implausible, boolean constant) {
        static Chunk of(double[] v, int from, int to, QualityRules rules, boolean checksRange) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean dropout = false;
            boolean implausible = false;
            boolean constant = true;
            double first = v[from];
            for (int i = from; i < to; i++) {
                double x = v[i];
                if (x < min) {
                    min = x;
                }
                if (x > max) {
                    max = x;
                }
                dropout |= Double.isNaN(x);
                constant &= x == first;
                implausible |= checksRange && SignalQualityAssessor.implausible(x, rules.plausibleMin(),
                        rules.minExclusive(), rules.plausibleMax());
            }
            return new Chunk(min, max, dropout, implausible, constant);
        }
    }

    /** The quality mask of {@code window}, with the defaults for its type, as {@link SignalQualityAssessor} gives it. */
    public QualityMask assess(Channel window) {
        QualityRules rules = QualityRules.forChannel(window);
        if (!window.isRegular() || rules.calibration() || window.length() == 0
                || window.endSec() - window.timeOfSec(0) < rules.minDurationSec()
                || SignalQualityAssessor.shortestFlat(window, rules) < 2 * CHUNK) {
            return whole.assess(window, rules);
        }
        double[] v = window.values().toArray();
        int n = v.length;
        long first = lattice(window);
        boolean checksRange = SignalQualityAssessor.checksRange(rules);
        // the window in segments: a partial chunk at either end (summed up afresh), the complete chunks (kept)
        List<int[]> spans = new ArrayList<>();
        List<Chunk> parts = new ArrayList<>();
        int to = (int) Math.min(n, Math.floorMod(-first, (long) CHUNK));
        if (to > 0) {
            spans.add(new int[] {0, to});
            parts.add(Chunk.of(v, 0, to, rules, checksRange));
        }
        for (int from = to; from < n; from = to) {
            to = Math.min(n, from + CHUNK);
            spans.add(new int[] {from, to});
            Chunk part = null;
            long number = Math.floorDiv(first + from, CHUNK);
            if (to - from == CHUNK) {
                part = chunks.get(number);
            }
            if (part == null) {
                part = Chunk.of(v, from, to, rules, checksRange);
                if (to - from == CHUNK) {
                    chunks.put(number, part);
                }
            }
            parts.add(part);
        }
        chunks.dropBefore(Math.floorDiv(first, CHUNK));

        List<BadInterval> bad = new ArrayList<>();
        SignalQualityAssessor.RunCollector runs = new SignalQualityAssessor.RunCollector(window, bad);
        for (int[] s : marked(spans, parts, Chunk::dropout)) {
            SignalQualityAssessor.collectDropouts(v, s[0], s[1], runs);
        }
        if (checksRange) {
            for (int[] s : marked(spans, parts, Chunk::implausible)) {
                SignalQualityAssessor.collectImplausible(v, s[0], s[1], rules, runs);
            }
        }
        collectFlat(v, spans, parts, SignalQualityAssessor.shortestFlat(window, rules), runs);
        if (rules.minClipSec() != Double.POSITIVE_INFINITY) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Chunk c : parts) {
                min = Math.min(min, c.min());
                max = Math.max(max, c.max());
            }
            if (max > min) {
                double low = min;
                double high = max;
                for (int[] s : marked(spans, parts, c -> c.min() == low)) {
                    SignalQualityAssessor.collectRail(v, s[0], s[1], low, window, rules, runs);
                }
                for (int[] s : marked(spans, parts, c -> c.max() == high)) {
                    SignalQualityAssessor.collectRail(v, s[0], s[1], high, window, rules, runs);
                }
            }
        }
        return new QualityMask(window.label(), window.timeOfSec(0), window.endSec(),
                SignalQualityAssessor.mergeClose(bad));
    }

    /**
     * The number on the channel's sample lattice of the window's first sample; the kept chunks are forgotten when the
     * lattice is another (a different rate, or samples not on the earlier windows' lattice).
     */
    private long lattice(Channel window) {
        double position = window.timeOfSec(0) * window.rateHz();
        long index = Math.round(position);
        double offset = position - index;
        if (window.rateHz() != rateHz || !(Math.abs(offset - phase) < 1e-3)) {
            chunks.clear();
            rateHz = window.rateHz();
            phase = offset;
        }
        return index;
    }

    /**
     * Chunk summaries numbered consecutively in a ring (windows move forward, so the chunks a window reads follow the
     * ones kept); a chunk that does not follow them starts the ring afresh. A map cost a lookup and a boxed key per
     * chunk and window, about as much as summing the chunk up.
     */
    private static final class KeptChunks {
        private Chunk[] ring = new Chunk[256];
        private long first;
        private int count;

        Chunk get(long number) {
            return number >= first && number < first + count ? ring[slot(number)] : null;
        }

        void put(long number, Chunk chunk) {
            if (count > 0 && number != first + count) {
                clear();
            }
            if (count == 0) {
                first = number;
            }
            if (count == ring.length) {
                Chunk[] larger = new Chunk[2 * ring.length];
                for (long k = first; k < first + count; k++) {
                    larger[(int) (k & (larger.length - 1))] = ring[slot(k)];
                }
                ring = larger;
            }
            ring[slot(number)] = chunk;
            count++;
        }

        void dropBefore(long number) {
            while (count > 0 && first < number) {
                ring[slot(first)] = null;
                first++;
                count--;
            }
        }

        void clear() {
            dropBefore(first + count);
        }

        private int slot(long number) {
            return (int) (number & (ring.length - 1));
        }
    }

    /** The stretches of consecutive segments that {@code test} marks, as sample ranges. */
    private static List<int[]> marked(List<int[]> spans, List<Chunk> parts, java.util.function.Predicate<Chunk> test) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= parts.size(); i++) {
            boolean in = i < parts.size() && test.test(parts.get(i));
            if (in && start < 0) {
                start = spans.get(i)[0];
            } else if (!in && start >= 0) {
                out.add(new int[] {start, spans.get(i - 1)[1]});
                start = -1;
            }
        }
        return out;
    }

    /**
     * Flat lines of at least {@code shortest} samples (two chunks or more, so each covers a complete chunk, which is then
     * constant): each found from a constant chunk outwards, as far as the value holds within the window.
     */
    private static void collectFlat(double[] v, List<int[]> spans, List<Chunk> parts, int shortest,
                                    SignalQualityAssessor.RunCollector runs) {
        int n = v.length;
        if (shortest > n) {
            return;
        }
        int covered = 0;
        for (int i = 0; i < parts.size(); i++) {
            int from = spans.get(i)[0];
            int to = spans.get(i)[1];
            if (to - from < CHUNK || !parts.get(i).constant() || from < covered) {
                continue;
            }
            double x = v[from];
            int lo = from;
            while (lo > 0 && v[lo - 1] == x) {
                lo--;
            }
            int hi = to;
            while (hi < n && v[hi] == x) {
                hi++;
            }
            if (hi - lo >= shortest) {
                runs.add(lo, hi, QualityIssue.FLAT_LINE);
            }
            covered = hi;
        }
    }
}
