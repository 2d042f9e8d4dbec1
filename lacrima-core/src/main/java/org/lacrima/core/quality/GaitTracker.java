package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.lacrima.core.filter.WindowSpectrum;

/**
 * Whether an accelerometer's movement was gait, fed incrementally. Walking is rhythmic: a step every 0.4-0.75 s (80-150
 * steps a minute, Tudor-Locke et al. 2018), the arm's swing once a stride (half the step rate), the trunk's bounce
 * once or twice a step, held steady from step to step, so over a few seconds the acceleration is one line of the
 * spectrum between the stride's {@value #LINE_LOW_HZ} Hz and twice the fastest step's {@value #LINE_HIGH_HZ} Hz. A hand
 * gesturing while its owner talks, wiping the eyes, reaching for a tissue or shifting in the chair moves without that
 * rhythm: its power spreads over the band as noise's does. So every {@value #HOP_SEC} s the last {@value #WINDOW_SEC} s
 * of the axes (in g) are judged by the share of their power over {@value #BAND_LOW_HZ}-{@value #BAND_HIGH_HZ} Hz
 * (summed over the axes) that the strongest line (its bin and the two beside it) holds: noise puts about 0.15 there (the
 * still or gesturing wrists of the simulator and of both independent session models: 0.15-0.16 at the median), a walk
 * more (the simulator's walks 1.0; the first independent model's 0.79, the second's 0.31, whose steps come with as much
 * arm noise as rhythm).
 *
 * <p>A real seated wrist moves otherwise: turning a page, shifting the hand, rotating the wrist against gravity put most
 * of their power at the lowest frequencies, falling off above them, so the strongest "line" in the gait range is its
 * lowest bins and holds a third of the band's power without being a line at all (an Empatica E4 on WESAD's S2 and S4,
 * seated reading in Base: the moving windows' strongest line at 0.75 Hz in the median, its share at least 0.25 in 70 %
 * of them, and every sustained movement of S2's Base taken for a walk, blanking 57 % of it). A rhythm is a peak of the
 * spectrum: the line's power per bin is also at least {@value #MIN_LINE_PROMINENCE} times that of the bins
 * {@value #FLANK_FROM_BINS}-{@value #FLANK_TO_BINS} bins away on its higher side, whichever flank holds more. Measured
 * on moving windows (docs/DETECTOR-HISTORY.md, twenty-fifth session): WESAD Base 0.2-0.4 in the median (2 or more in
 * 4-6 %), the whole WESAD sessions 0.5-0.6 (11-14 %), the second model's non-walking confounders 1.6 (26 %); walks:
 * the simulator's 66, the first model's 596, the second model's 4.1 (93 % at 2 or more). A window is rhythmic when both
 * hold, and a movement was gait when its median window is rhythmic.
 *
 * <p>Everything depends only on samples already fed, so a recording fed in any chunks gives the same verdicts as fed
 * whole.
 */
public final class GaitTracker implements StepEvidence {
    /** Length of a judged window, seconds: ten to twenty steps, a line 0.125 Hz wide. */
    static final double WINDOW_SEC = 8;
    /** Step between judged windows, seconds. */
    static final double HOP_SEC = 2;
    /** The band whose power a line's share is taken of, hertz. */
    static final double BAND_LOW_HZ = 0.5;
    static final double BAND_HIGH_HZ = 5;
    /** Where a gait's line may sit, hertz: a slow stride's arm swing to twice a brisk step rate. */
    static final double LINE_LOW_HZ = 0.7;
    static final double LINE_HIGH_HZ = 4.2;
    /** Share of the band's power in the strongest line above which a window is rhythmic: about twice noise's. */
    public static final double MIN_GAIT_SHARE = 0.25;
    /**
     * The strongest line's power per bin over its higher flank's, at least: a peak twice its surroundings. Seated
     * movement's falling spectrum leaves the lowest line at about half its lower flank's power per bin.
     */
    public static final double MIN_LINE_PROMINENCE = 2;
    /** The flanks: bins this many to {@link #FLANK_TO_BINS} from the line's centre, on each side (the line is three). */
    static final int FLANK_FROM_BINS = 2;
    static final int FLANK_TO_BINS = 4;

    private final double rateHz;
    private final double startSec;
    private final AxisRing ring;
    /** The judged windows: their middle (seconds), their strongest line's share and its prominence. */
    private final List<double[]> judged = new ArrayList<>();

    /**
     * @param rateHz   sampling rate of every axis, hertz
     * @param startSec time of the first sample, seconds from the recording start
     * @param units    unit of each axis, as {@link MotionTracker} takes them
     */
    public GaitTracker(double rateHz, double startSec, List<String> units) {
        this.rateHz = rateHz;
        this.startSec = startSec;
        this.ring = new AxisRing(units, Math.max(8, (int) Math.round(WINDOW_SEC * rateHz)),
                Math.max(1, (int) Math.round(HOP_SEC * rateHz)));
    }

    /** Feeds the next {@code length} samples of every axis ({@code axes[a][0..length)}, one array per axis). */
    public void accept(double[][] axes, int length) {
        ring.accept(axes, length, first -> {
            double[] line = strongestLine();
            judged.add(new double[] {startSec + (first + ring.window() / 2.0) / rateHz, line[0], line[1]});
        });
    }

    /**
     * Whether the median window whose middle lies in {@code [fromSec, toSec)} was rhythmic; true where no window has
     * been judged there (a movement too short or too early to tell is taken for exertion, as before any gait was
     * looked for: blindness while the wearer may walk is the safer failure).
     */
    @Override
    public boolean stepped(double fromSec, double toSec) {
        // the windows are judged in time order: a day's recording holds tens of thousands, searched once per stretch
        int first = Collections.binarySearch(judged, new double[] {fromSec}, (a, b) -> Double.compare(a[0], b[0]));
        List<double[]> windows = judged.subList(first < 0 ? -first - 1 : first, judged.size()).stream()
                .takeWhile(j -> j[0] < toSec).filter(j -> Double.isFinite(j[1])).toList();
        long rhythmic = windows.stream().filter(j -> j[1] >= MIN_GAIT_SHARE && j[2] >= MIN_LINE_PROMINENCE).count();
        // the median window is rhythmic: as many rhythmic windows as the upper half holds
        return windows.isEmpty() || rhythmic >= windows.size() - windows.size() / 2;
    }

    /**
     * The strongest line's share of the band's power in the window ending at the last sample fed, and its power per bin
     * over its higher flank's; NaN for both if still.
     */
    private double[] strongestLine() {
        double[] none = {Double.NaN, Double.NaN};
        double[] total = null;
        double[] x = new double[ring.window()];
        WindowSpectrum first = null;
        int lo = 0;
        int hi = 0;
        int from = 0;
        for (int a = 0; a < ring.axes().length; a++) {
            ring.inOrder(a, x);
            if (Arrays.stream(x).anyMatch(Double::isNaN)) {
                return none;
            }
            WindowSpectrum spectrum = new WindowSpectrum(x, rateHz);
            if (first == null) {
                first = spectrum;
                lo = spectrum.binAtOrAbove(BAND_LOW_HZ);
                hi = Math.min(spectrum.binAtOrBelow(BAND_HIGH_HZ), ring.window() / 2 - 1);
                from = Math.max(1, lo - FLANK_TO_BINS);
            }
            // the band and the flanks of lines at its edges
            double[] power = spectrum.power(from, Math.min(hi + FLANK_TO_BINS, ring.window() / 2 - 1));
            if (total == null) {
                total = power;
            } else {
                for (int b = 0; b < power.length; b++) {
                    total[b] += power[b];
                }
            }
        }
        if (total == null || hi - lo < 2) {
            return none;
        }
        double sum = 0;
        for (int b = lo; b <= hi; b++) {
            sum += total[b - from];
        }
        if (!(sum > 0)) {
            return none;
        }
        double best = 0;
        int centre = -1;
        int lowest = Math.max(lo + 1, first.binAtOrAbove(LINE_LOW_HZ));
        int highest = Math.min(hi - 1, first.binAtOrBelow(LINE_HIGH_HZ));
        for (int b = lowest; b <= highest; b++) {
            double line = total[b - from - 1] + total[b - from] + total[b - from + 1];
            if (line > best) {
                best = line;
                centre = b;
            }
        }
        if (centre < 0) {
            return new double[] {0, Double.NaN}; // no line in the window's reach: judged, and no rhythm
        }
        double flank = Math.max(meanPower(total, centre - FLANK_TO_BINS - from, centre - FLANK_FROM_BINS - from),
                meanPower(total, centre + FLANK_FROM_BINS - from, centre + FLANK_TO_BINS - from));
        return new double[] {best / sum, flank > 0 ? best / 3 / flank : Double.POSITIVE_INFINITY};
    }

    /** Mean of {@code power[lo..hi]} over the indices that exist; 0 where none does. */
    private static double meanPower(double[] power, int lo, int hi) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, lo); i <= Math.min(power.length - 1, hi); i++) {
            sum += power[i];
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
