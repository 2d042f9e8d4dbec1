package org.lacrima.core.hrv;

import java.util.Arrays;

import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;

/**
 * Respiratory sinus arrhythmia on a 4 Hz grid with windows short enough to follow a crying episode.
 *
 * <p>Porges–Bohrer-like: the NN series, linearly interpolated at 4 Hz, is band-passed to the
 * respiratory band (2nd-order Butterworth per stretch without gaps, which also removes the slow
 * trend the moving polynomial removes in Porges' method), and RSA is the natural log of the mean
 * squared band-passed NN in a window centred on each grid point, in ln(ms²), leaving out the heart's
 * swings over deep breaths (a sigh's, a laugh's deep refills: {@link DeepBreathExclusion}), which lift
 * a window's mean as a vagal rebound does. The band runs from
 * 0.12 Hz (Porges–Bohrer) to 1 Hz: sobbing breathing runs at 0.5–0.8 Hz, where a conventional
 * 0.15–0.40 Hz HF band would read the vagal rebound of a resolving cry as withdrawal (on simulated
 * sessions the correlation with the latent vagal tone rose from 0.66–0.89 to 0.90–0.97). Above
 * half the beat rate the band holds the images of the respiratory oscillation that beat sampling
 * and interpolation create, which scale with it. When breath times are given and the
 * median breathing is slower than 0.12 Hz (meditation), the band starts at 0.65 times that rate,
 * and points whose local breathing falls outside the band lose confidence.
 *
 * <p>{@link #peakValley} is the respiration-informed alternative when breath onsets are known: the
 * peak–valley swing of NN per breath, in ms.
 *
 * <p>Where a windowed spectral method gives {@code NaN} for a 30 s window, this gives a value and a
 * confidence that is low when the window is short for the band, partly outside the data, or still
 * settling after a gap.
 *
 * <p><b>Slices and live use.</b> Values depend only on the NN data within the window plus the
 * band-pass's memory (it decays within about {@code 2 / bandLowHz} = 17 s), so a slice of a
 * recording, or a live stream recomputed over its recent part, gives the values of the whole except
 * within half a window plus 17 s of the slice's start and half a window of its end. (Exception: when
 * breaths are given and the median breathing of the slice is below 0.12 Hz, the band follows it.)
 */
public final class RsaEstimator {
    /** Grid rate in hertz. */
    public static final double GRID_RATE_HZ = 4;
    /** Default window length in seconds. */
    public static final double DEFAULT_WINDOW_SEC = 30;
    /** Default respiratory band, lower edge in hertz (Porges–Bohrer). */
    public static final double DEFAULT_LOW_HZ = 0.12;
    /** Upper band edge in hertz. */
    public static final double MAX_HIGH_HZ = 1.0;
    /** Band cycles a window needs for full confidence. */
    private static final double FULL_CONFIDENCE_CYCLES = 6;

    private RsaEstimator() {
    }

    /** RSA over {@code [startSec, endSec)} with the default 30 s window and band. */
    public static RsaTrack estimate(RrSeries nn, double startSec, double endSec) {
        return estimate(nn, startSec, endSec, DEFAULT_WINDOW_SEC, Samples.empty());
    }

    /**
     * RSA over {@code [startSec, endSec)}.
     *
     * @param nn            artefact-corrected NN intervals
     * @param windowSec     window length in seconds (30 to 60 s follows an episode)
     * @param breathTimesSec breath onsets in seconds from the recording start, or empty when unknown
     */
    public static RsaTrack estimate(RrSeries nn, double startSec, double endSec, double windowSec, Samples breathTimesSec) {
        int len = NnResampler.gridLength(startSec, endSec, GRID_RATE_HZ);
        double[] grid = NnResampler.interpolate(nn, startSec, GRID_RATE_HZ, len, false);
        double medianBreathHz = medianRateHz(breathTimesSec, startSec, endSec);
        double low = DEFAULT_LOW_HZ;
        if (medianBreathHz > 0 && medianBreathHz < low) {
            low = Math.max(0.04, 0.65 * medianBreathHz);
        }
        // well above the conventional 0.4 Hz, so the fast breathing of sobbing keeps its RSA in the
        // band; fixed rather than tied to the heart rate, so a slice gets the band of the whole
        double high = MAX_HIGH_HZ;
        double[] weight = new double[len];
        double[] band = new double[len];
        bandPassRuns(grid, low, high, weight, band);
        DeepBreathExclusion deepBreaths = new DeepBreathExclusion();
        int half = (int) Math.round(windowSec * GRID_RATE_HZ / 2);
        double lengthFactor = Math.min(1, windowSec * low / FULL_CONFIDENCE_CYCLES);
        double[] breathFactor = breathFactor(breathTimesSec, startSec, len, low, high);
        double[] rsa = new double[len];
        double[] confidence = new double[len];
        for (int g = 0; g < len; g++) {
            int lo = Math.max(0, g - half);
            int hi = Math.min(len, g + half + 1);
            DeepBreathExclusion.WindowPower window = deepBreaths.sum(i -> band[i], i -> weight[i], lo, hi);
            double w = window.weightSum();
            rsa[g] = BandPower.logPower(grid[g], window.powerSum(), w);
            if (Double.isNaN(rsa[g])) {
                confidence[g] = 0;
                continue;
            }
            confidence[g] = Math.min(1, w / (2 * half + 1)) * lengthFactor * breathFactor[g];
        }
        return new RsaTrack(
                Index.RSA.series(startSec, GRID_RATE_HZ, Samples.wrap(rsa)),
                new RegularSeries("rsaConfidence", "1", startSec, GRID_RATE_HZ, Samples.wrap(confidence)),
                low, high);
    }

    /**
     * Respiration-informed RSA by the peak–valley method (Grossman): for each breath (onset to next
     * onset, 1.5–20 s long) the longest minus the shortest NN interval ending within it, in ms; the
     * value at each 4 Hz grid point is the mean over the breaths whose middle lies within the window
     * centred on it. Confidence: the share of the window's breaths that held at least two beats,
     * times how many such breaths there were (full from 6). {@code NaN} where the grid point has no
     * NN or the window no usable breath. Needs breath onsets, e.g. from the respiration channel.
     *
     * @param nn             artefact-corrected NN intervals
     * @param breathTimesSec breath (inspiration) onsets in seconds from the recording start, ascending
     * @param windowSec      window length in seconds
     */
    public static RsaTrack peakValley(RrSeries nn, Samples breathTimesSec, double startSec, double endSec, double windowSec) {
        int len = NnResampler.gridLength(startSec, endSec, GRID_RATE_HZ);
        double[] grid = NnResampler.interpolate(nn, startSec, GRID_RATE_HZ, len, false);
        int breaths = Math.max(0, breathTimesSec.length() - 1);
        double[] middle = new double[breaths];
        double[] swing = new double[breaths];
        int k = 0;
        for (int b = 0; b < breaths; b++) {
            double from = breathTimesSec.get(b);
            double to = breathTimesSec.get(b + 1);
            if (to - from < 1.5 || to - from > 20) {
                continue;
            }
            RrSeries inBreath = nn.slice(from, to);
            middle[k] = (from + to) / 2;
            swing[k] = Double.NaN;
            if (inBreath.length() >= 2) {
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < inBreath.length(); i++) {
                    max = Math.max(max, inBreath.intervalsMs().get(i));
                    min = Math.min(min, inBreath.intervalsMs().get(i));
                }
                swing[k] = max - min;
            }
            k++;
        }
        double[] rsa = new double[len];
        double[] confidence = new double[len];
        double half = windowSec / 2;
        int lo = 0;
        for (int g = 0; g < len; g++) {
            double t = startSec + g / GRID_RATE_HZ;
            while (lo < k && middle[lo] < t - half) {
                lo++;
            }
            int cycles = 0;
            int usable = 0;
            double sum = 0;
            for (int b = lo; b < k && middle[b] <= t + half; b++) {
                cycles++;
                if (!Double.isNaN(swing[b])) {
                    usable++;
                    sum += swing[b];
                }
            }
            if (Double.isNaN(grid[g]) || usable == 0) {
                rsa[g] = Double.NaN;
                confidence[g] = 0;
                continue;
            }
            rsa[g] = sum / usable;
            confidence[g] = ((double) usable / cycles) * Math.min(1, usable / FULL_CONFIDENCE_CYCLES);
        }
        return new RsaTrack(
                Index.RSA.withUnit("ms").series(startSec, GRID_RATE_HZ, Samples.wrap(rsa)),
                new RegularSeries("rsaConfidence", "1", startSec, GRID_RATE_HZ, Samples.wrap(confidence)),
                Double.NaN, Double.NaN);
    }

    /**
     * Band-passes each stretch of {@code grid} without NaN; {@code output} gets the band-passed NN
     * and {@code weight} ramps from 0 to 1 over the filter's settling time, 0 in gaps.
     */
    private static void bandPassRuns(double[] grid, double low, double high, double[] weight, double[] output) {
        BandPower band = new BandPower(low, high);
        for (int g = 0; g < grid.length; g++) {
            band.take(g, grid[g]);
            output[g] = band.output();
            weight[g] = band.weight();
        }
    }

    private static double medianRateHz(Samples breaths, double startSec, double endSec) {
        int n = breaths.length();
        double[] intervals = new double[Math.max(0, n - 1)];
        int k = 0;
        for (int i = 1; i < n; i++) {
            double t = breaths.get(i);
            double d = t - breaths.get(i - 1);
            if (t >= startSec && t < endSec && d > 0 && d < 20) {
                intervals[k++] = d;
            }
        }
        if (k < 3) {
            return Double.NaN;
        }
        Arrays.sort(intervals, 0, k);
        return 1 / intervals[k / 2];
    }

    /** 1 where the local breath interval's rate lies in the band (or breathing is unknown), 0.5 outside. */
    private static double[] breathFactor(Samples breaths, double startSec, int len, double low, double high) {
        double[] f = new double[len];
        Arrays.fill(f, 1);
        int n = breaths.length();
        for (int i = 1; i < n; i++) {
            double a = breaths.get(i - 1);
            double b = breaths.get(i);
            double rate = 1 / (b - a);
            if (b > a && (rate < low || rate > high)) {
                int from = Math.max(0, (int) Math.ceil((a - startSec) * GRID_RATE_HZ));
                int to = Math.min(len, (int) Math.ceil((b - startSec) * GRID_RATE_HZ));
                for (int g = from; g < to; g++) {
                    f[g] = 0.5;
                }
            }
        }
        return f;
    }
}
