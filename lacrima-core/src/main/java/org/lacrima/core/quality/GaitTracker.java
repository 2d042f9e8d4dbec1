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
 * (summed over the axes) that the strongest line (its bin and the two beside it) holds, and a movement was gait when
 * that share is at least {@value #MIN_GAIT_SHARE} in the median window inside it: noise puts about 0.15 there (the
 * still or gesturing wrists of the simulator and of both independent session models: 0.15-0.16 at the median), a walk
 * more (the simulator's walks 1.0; the first independent model's 0.79, the second's 0.31, whose steps come with as much
 * arm noise as rhythm).
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

    private final double rateHz;
    private final double startSec;
    private final AxisRing ring;
    /** The judged windows: their middle (seconds) and their strongest line's share. */
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
        ring.accept(axes, length, first -> judged.add(new double[] {
            startSec + (first + ring.window() / 2.0) / rateHz, lineShare()}));
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
        double[] shares = judged.subList(first < 0 ? -first - 1 : first, judged.size()).stream()
                .takeWhile(j -> j[0] < toSec).mapToDouble(j -> j[1]).filter(Double::isFinite).sorted().toArray();
        return shares.length == 0 || shares[shares.length / 2] >= MIN_GAIT_SHARE;
    }

    /** The strongest line's share of the band's power in the window ending at the last sample fed; NaN if still. */
    private double lineShare() {
        double[] total = null;
        double[] x = new double[ring.window()];
        WindowSpectrum first = null;
        int lo = 0;
        int hi = 0;
        for (int a = 0; a < ring.axes().length; a++) {
            ring.inOrder(a, x);
            if (Arrays.stream(x).anyMatch(Double::isNaN)) {
                return Double.NaN;
            }
            WindowSpectrum spectrum = new WindowSpectrum(x, rateHz);
            if (first == null) {
                first = spectrum;
                lo = spectrum.binAtOrAbove(BAND_LOW_HZ);
                hi = Math.min(spectrum.binAtOrBelow(BAND_HIGH_HZ), ring.window() / 2 - 1);
            }
            double[] power = spectrum.power(lo, hi);
            if (total == null) {
                total = power;
            } else {
                for (int b = 0; b < power.length; b++) {
                    total[b] += power[b];
                }
            }
        }
        if (total == null || total.length < 3) {
            return Double.NaN;
        }
        double sum = Arrays.stream(total).sum();
        if (!(sum > 0)) {
            return Double.NaN;
        }
        double best = 0;
        int from = Math.max(lo + 1, first.binAtOrAbove(LINE_LOW_HZ));
        int to = Math.min(hi - 1, first.binAtOrBelow(LINE_HIGH_HZ));
        for (int b = from; b <= to; b++) {
            best = Math.max(best, total[b - lo - 1] + total[b - lo] + total[b - lo + 1]);
        }
        return best / sum;
    }
}
