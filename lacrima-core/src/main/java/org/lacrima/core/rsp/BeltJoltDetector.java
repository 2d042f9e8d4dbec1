package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.filter.WindowSpectrum;

/**
 * Gross movement of the trunk (standing up and walking, pacing), seen in a respiration belt as jolts: power above the
 * breaths that rivals the breaths' own. A walk's steps do not always draw one clean line at the cadence
 * ({@link BeltStepDetector}): where the belt slides on the skin or the gait is uneven they spread over 1-3.5 Hz. At rest
 * almost all of a belt's power lies below 1 Hz (breathing up to about 40 breaths a minute, and the first harmonics of
 * each breath's shape): in the real belts at hand, seated (NeuroKit's resting and event-related recordings) and driving
 * (drivedb drive05 and drive06, with a car's vibration and the heartbeat's own oscillation in the belt), the power over
 * {@value BeltStepDetector#BAND_LOW_HZ}-{@value BeltStepDetector#BAND_HIGH_HZ} Hz stays under a quarter of that below
 * in 99 windows of 100, and never reaches half of it for more than one window in a row. Sobbing's quick, deep breaths
 * carry their power at the breaths' own rhythm (the simulator's sobs and the project's sob-like cycles: a tenth of it
 * above 1 Hz at the median), a laugh's or a cough's bursts last seconds.
 *
 * <p>So a window whose power over the band is at least {@value #JOLT_SHARE} of its power below it
 * ({@value #BREATH_LOW_HZ}-{@value BeltStepDetector#BAND_LOW_HZ} Hz) is taken for jolts, provided that power is also
 * at least {@value #JOLT_SHARE} of a typical breath's (the median of the belt's power below the band over the windows
 * judged so far, once there are {@value #MIN_REFERENCE_WINDOWS}): a belt that lost contact or a breath held records
 * next to nothing below the band, and its noise then outweighs it without any movement. Jolting stretches are merged
 * from their windows ({@link BeltWindows}); the caller decides how long a stretch must last to be a walk.
 *
 * <p>Windows must be judged in time order, each once: the typical breath is the windows' history.
 */
public final class BeltJoltDetector {
    /** Share of the breaths' power (the window's own, and a typical breath's) the band's power must reach. */
    public static final double JOLT_SHARE = 0.5;
    /** Lower edge of the breaths' band, hertz: below every breathing rate (3 a minute). */
    static final double BREATH_LOW_HZ = 0.05;
    /** Windows judged before the typical breath is known: a minute of the belt. */
    static final int MIN_REFERENCE_WINDOWS = 60;

    /** The breaths' power of every window judged so far, in ascending order (for their median). */
    private final List<Double> breathPowers = new ArrayList<>();

    /**
     * The jolting stretches of {@code rsp} among the windows starting in {@code [fromSec, toSec)} that the channel
     * covers, attributed to {@code label}; those windows are then judged and must not be given again.
     */
    public List<BadInterval> detect(Channel rsp, double fromSec, double toSec, String label) {
        return BeltWindows.judge(rsp, fromSec, toSec, label, BeltStepDetector.MIN_RATE_HZ,
                (x, startSec) -> jolting(x, rsp.rateHz()));
    }

    /** Whether {@code x} (sampled at {@code rateHz}) jolts; adds its breaths' power to the history. */
    boolean jolting(double[] x, double rateHz) {
        WindowSpectrum spectrum = new WindowSpectrum(x, rateHz);
        int bandLow = spectrum.binAtOrAbove(BeltStepDetector.BAND_LOW_HZ);
        double breaths = spectrum.total(spectrum.binAtOrAbove(BREATH_LOW_HZ), bandLow - 1);
        double band = spectrum.total(bandLow, spectrum.binAtOrBelow(BeltStepDetector.BAND_HIGH_HZ));
        double typical = breathPowers.size() >= MIN_REFERENCE_WINDOWS ? breathPowers.get(breathPowers.size() / 2)
                : Double.NaN;
        if (Double.isFinite(breaths)) {
            int at = Collections.binarySearch(breathPowers, breaths);
            breathPowers.add(at < 0 ? -at - 1 : at, breaths);
        }
        return band > 0 && band >= JOLT_SHARE * breaths && band >= JOLT_SHARE * typical;
    }
}
