package org.lacrima.core.rsp;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.filter.WindowSpectrum;

/**
 * Walking, seen in a respiration belt: each step jolts the trunk, and the belt, strapped round it, records the jolt as
 * a small oscillation at the step cadence on top of the breaths (the "tissue motion artefacts" that contaminate
 * thoracic belts during walking, Retory et al. 2016, PLoS One 11: e0151983). People walk at 80-150 steps a minute
 * (ordinary indoor pace 100-120, Tudor-Locke et al. 2018), a cadence of {@value #LOW_HZ}-{@value #HIGH_HZ} Hz, held
 * steady from step to step, so over a few seconds the steps are one spectral line. What else a belt carries above
 * 1 Hz is spread: the corners of breaths (each inspiration's onset and end), sobs of irregular length with their
 * catches, speech's quick inspirations, sensor noise. So a window whose power between {@value #BAND_LOW_HZ} and
 * {@value #BAND_HIGH_HZ} Hz sits for the most part ({@value #MIN_LINE_SHARE}) in one line of the cadence range is taken
 * for steps, unless that line is the heart's: a belt on the chest also records each heartbeat (the cardiogenic
 * oscillation, seen in seated drivers' belts of drivedb as a line at their 80-95 bpm, and in every belt against the
 * chest wall), so a line within one bin of the heart rate or twice it is the heart, not steps (a walk whose cadence
 * meets the heart rate is then missed while they coincide). For sessions without an accelerometer this stands in for it: the stepping stretches go to
 * {@link org.lacrima.core.quality.ExertionDetector} as the accelerometer's moving stretches would.
 *
 * <p>Windows of {@value #WINDOW_SEC} s (ten to twenty steps; a line 0.125 Hz wide) every {@value #HOP_SEC} s on a grid
 * fixed to the recording start, each judged on its own samples only (Hann-tapered, its straight trend removed), so a
 * window's verdict does not depend on how the belt arrived in blocks.
 */
public final class BeltStepDetector {
    /** Slowest and fastest step cadence, hertz: 80 and about 155 steps a minute. */
    public static final double LOW_HZ = 1.3;
    public static final double HIGH_HZ = 2.6;
    /** The band a step line is compared with, hertz: above the breaths' fundamentals (sobs reach about 1.2 Hz). */
    static final double BAND_LOW_HZ = 1.0;
    static final double BAND_HIGH_HZ = 3.5;
    /** Length of a judged window, seconds. */
    public static final double WINDOW_SEC = 8;
    /** Step between judged windows, seconds. */
    public static final double HOP_SEC = 1;
    /**
     * Share of the band's power in the strongest line (its bin and the two beside it, over which the taper spreads a
     * pure tone) above which the window holds steps: most of it. White noise puts about 3 of the band's 21 bins there.
     */
    static final double MIN_LINE_SHARE = 0.5;
    /** Belts sampled slower than this cannot show the band, hertz. */
    static final double MIN_RATE_HZ = 2.5 * BAND_HIGH_HZ;

    private BeltStepDetector() {
    }

    /**
     * The stepping stretches of {@code rsp} (merged judged windows) among the windows starting in
     * {@code [fromSec, toSec)} that the channel covers, attributed to {@code label}.
     */
    public static List<BadInterval> detect(Channel rsp, double fromSec, double toSec, String label) {
        return detect(rsp, fromSec, toSec, label, null);
    }

    /**
     * As {@link #detect(Channel, double, double, String)}, leaving out windows whose line is the heart's:
     * {@code heartHz} gives the mean heart rate (beats per second) over {@code [fromSec, toSec)}, {@code NaN} where
     * unknown; {@code null} without beats.
     */
    public static List<BadInterval> detect(Channel rsp, double fromSec, double toSec, String label,
                                           DoubleBinaryOperator heartHz) {
        return BeltWindows.judge(rsp, fromSec, toSec, label, MIN_RATE_HZ, (x, startSec) -> stepping(x, rsp.rateHz(),
                heartHz == null ? Double.NaN : heartHz.applyAsDouble(startSec, startSec + WINDOW_SEC)));
    }

    /** Whether one line of the cadence range holds most of the band's power in {@code x} (sampled at {@code rateHz}). */
    static boolean stepping(double[] x, double rateHz, double heartHz) {
        double[] line = strongestLine(x, rateHz);
        // within one bin (the window's resolution, 7.5 a minute) of the heart: its rate drifts that much over 8 s
        double width = rateHz / x.length;
        boolean heart = Math.abs(line[0] - heartHz) <= width || Math.abs(line[0] - 2 * heartHz) <= width;
        return line[1] >= MIN_LINE_SHARE && !heart;
    }

    /** The strongest line of the cadence range in {@code x}: its frequency (hertz) and its share of the band's power. */
    public static double[] strongestLine(double[] x, double rateHz) {
        WindowSpectrum spectrum = new WindowSpectrum(x, rateHz);
        double df = spectrum.binHz();
        int lo = spectrum.binAtOrAbove(BAND_LOW_HZ);
        int hi = spectrum.binAtOrBelow(BAND_HIGH_HZ);
        double[] power = spectrum.power(lo, hi);
        double total = 0;
        for (double p : power) {
            total += p;
        }
        if (!(total > 0)) {
            return new double[] {Double.NaN, 0};
        }
        double bestLine = 0;
        double bestHz = Double.NaN;
        for (int b = Math.max(lo + 1, (int) Math.ceil(LOW_HZ / df)); b <= Math.min(hi - 1, (int) Math.floor(HIGH_HZ / df)); b++) {
            double line = power[b - lo - 1] + power[b - lo] + power[b - lo + 1];
            if (line > bestLine) {
                bestLine = line;
                // the peak between bins, from the parabola through the log powers (exact for the Hann taper's main lobe
                // to within a few hundredths of a bin)
                double a = Math.log(power[b - lo - 1] + 1e-300);
                double c = Math.log(power[b - lo] + 1e-300);
                double e = Math.log(power[b - lo + 1] + 1e-300);
                double denominator = a - 2 * c + e;
                double shift = denominator < 0 ? 0.5 * (a - e) / denominator : 0;
                bestHz = (b + Math.max(-0.5, Math.min(0.5, shift))) * df;
            }
        }
        return new double[] {bestHz, bestLine / total};
    }
}
