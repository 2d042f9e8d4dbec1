package org.lacrima.core.rsp;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.lacrima.core.filter.IirFilter;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * A respiration signal from an accelerometer worn on the chest, for a recording without a belt (a Polar H10 strap
 * exporting RR intervals and its accelerometer). With every breath the chest wall tilts the sensor, so gravity's
 * share moves a little between its axes: some 10-20 mg for a quiet breath. That inclination change carries the
 * breath's timing, inspiration and expiration apart (Cesareo et al. 2019, Sensors 19: 88), in whichever axis the
 * breathing turns the sensor (Hughes et al. 2020, Front Physiol 11: 823); the axes are joined by their first
 * principal component, the direction in which the breathing band varies most (the PCA fusion Cesareo et al. found
 * as accurate as the best single component). Speech's quick inspirations and long expirations then show as a belt
 * would show them, which is what lets the detector tell a turn of talk from a build-up on a strap.
 *
 * <p>Streaming and causal: each call continues the last one's filters, so a session fed in chunks gives the same
 * signal as its file. The breathing direction is the leading eigenvector of the axes' covariance, band-passed
 * ({@value #LOW_HZ}-{@value #HIGH_HZ} Hz: gravity and posture out, slow paced breathing and a speech inspiration's
 * half second in), over about {@value #COVARIANCE_SEC} s, learnt only while the wearer sits still (any movement
 * moves the sensor more than a breath) and taken across gravity (a tilt moves gravity's share across itself),
 * updated every second. The signal is the axes less gravity (their running mean over {@value #GRAVITY_SEC} s) along
 * that direction: the band-pass would smear a quick inspiration. A principal component has no sign, and the
 * breath detector needs inspiration upward: inspiration is the shorter half of a cycle (Ti/Ttot about 0.4 at rest,
 * 0.1-0.2 in speech), so the signal is turned over when its recent cycles rise for more than half their length
 * ({@link BreathAsymmetry}).
 */
public final class ChestAccelerometerBreathing {
    /** Label of the derived channel. */
    public static final String LABEL = "RSP (chest ACC)";
    /** Band-pass edges, Hz: above gravity and posture, below the steps of a walk. */
    static final double LOW_HZ = 0.05;
    /** Upper band edge, Hz: a speech inspiration lasts about half a second. */
    static final double HIGH_HZ = 2;
    /** Time constant of the covariance the breathing direction is taken from, seconds: some fifteen breaths. */
    static final double COVARIANCE_SEC = 60;
    /** Lower edge of the band in which a movement shakes the sensor and a breath does not, Hz. */
    static final double SHAKE_HZ = 3;
    /**
     * The shaking (over {@value #SHAKE_HZ} Hz, one second's RMS of the vector) under which the wearer sits still, g: a
     * still sensor's tremor and noise are about 0.007 g (as {@link org.lacrima.core.quality.MotionDetector} takes it).
     * Only still stretches teach the breathing direction: a gesture or a shift, even a small one, moves the sensor
     * more than a breath does.
     */
    static final double STILL_G = 0.012;
    /** Seconds the wearer must have been still before the covariance learns: the band-pass rings after a movement. */
    static final double STILL_SEC = 2;
    /** Time constant of gravity's direction, seconds: it follows a new posture within a minute. */
    static final double GRAVITY_SEC = 20;
    /** Cut-off of the copy the cycles' shape is read from, Hz: a breath's shape, not the sensor's noise. */
    static final double SMOOTH_HZ = 1;
    /**
     * Median rising share of the recent cycles over which the signal is turned over ({@link BreathAsymmetry}): quiet
     * breathing drawn upside down rises for 0.58 of its cycles, speech for 0.8-0.9; the margin over one half keeps a
     * symmetric stretch (a sigh, a sob) from flapping it.
     */
    static final double TURN_OVER_SHARE = 0.52;
    /** Slowest accelerometer rate, Hz, that holds both the breathing band and the shaking above it. */
    static final double MIN_RATE_HZ = 4 * SHAKE_HZ;
    /** The derived signal's unit: milli-g along the breathing direction. */
    private static final double MG_PER_G = 1000;

    private final double rateHz;
    private final IirFilter[] bands = new IirFilter[3];
    private final double[][] covariance = new double[3][3];
    private final double covarianceWeight;
    private final int samplesPerUpdate;
    private final double[] last = new double[3];
    private final IirFilter[] shakes = new IirFilter[3];
    private final double[] gravity = new double[3];
    private final double gravityWeight;
    private final double shakeWeight;
    private final int stillNeeded;
    private double shakeSquare;
    private int stillSamples;
    private final IirFilter smoother;
    private double[] direction = {0, 0, 0};
    private double sign = 1;
    private final BreathAsymmetry asymmetry;
    private long fed;

    /** A deriver for three accelerometer axes sampled at {@code rateHz}. */
    public ChestAccelerometerBreathing(double rateHz) {
        if (!(rateHz > MIN_RATE_HZ)) {
            throw new IllegalArgumentException("an accelerometer at " + rateHz + " Hz cannot carry the breath's timing");
        }
        this.rateHz = rateHz;
        for (int axis = 0; axis < 3; axis++) {
            bands[axis] = IirFilter.butterworthBandPass(2, rateHz, LOW_HZ, HIGH_HZ);
            shakes[axis] = IirFilter.butterworthBandPass(2, rateHz, SHAKE_HZ, 0.45 * rateHz);
        }
        gravityWeight = 1 - Math.exp(-1 / (GRAVITY_SEC * rateHz));
        shakeWeight = 1 - Math.exp(-1 / rateHz);
        stillNeeded = (int) Math.round(STILL_SEC * rateHz);
        smoother = IirFilter.butterworthLowPass(2, rateHz, SMOOTH_HZ);
        covarianceWeight = 1 - Math.exp(-1 / (COVARIANCE_SEC * rateHz));
        asymmetry = new BreathAsymmetry(rateHz);
        samplesPerUpdate = Math.max(1, (int) Math.round(rateHz));
    }

    /**
     * Whether the respiration channel labelled {@code label} is breathing derived here rather than recorded by a belt:
     * evidence of speech, too noisy to stand for breathing rate and irregularity.
     */
    public static boolean isDerived(String label) {
        return label.equals(LABEL);
    }

    /** Whether {@code axes} are three regular accelerometer channels at one rate, fast enough to carry breaths. */
    public static boolean canDerive(List<Channel> axes) {
        return axes.size() == 3 && axes.stream().allMatch(a -> a.type() == ChannelType.ACC && a.isRegular()
                && a.rateHz() == axes.get(0).rateHz()) && axes.get(0).rateHz() > MIN_RATE_HZ;
    }

    /**
     * The breathing signal, mg along the breathing direction, of the next stretch of the three axes ({@code axes[k]}
     * in g at this deriver's rate, continuing the last call's): as many samples as the shortest axis. A missing
     * sample ({@code NaN}) repeats the axis's last one: no change, rather than a fall of gravity to nothing.
     */
    public double[] next(double[][] axes) {
        int n = Math.min(axes[0].length, Math.min(axes[1].length, axes[2].length));
        double[] out = new double[n];
        double[] x = new double[3];
        for (int i = 0; i < n; i++) {
            for (int axis = 0; axis < 3; axis++) {
                if (!Double.isNaN(axes[axis][i])) {
                    last[axis] = axes[axis][i];
                }
                x[axis] = bands[axis].step(last[axis]);
            }
            out[i] = step(last, x);
        }
        return out;
    }

    /** The derived channel of {@code values} (from {@link #next}), its first sample at {@code startSec}. */
    public Channel channel(double[] values, double startSec) {
        return Channel.regular(LABEL, ChannelType.RSP, "mg", rateHz, startSec, Samples.wrap(values));
    }

    private double step(double[] raw, double[] x) {
        if (fed == 0) {
            System.arraycopy(raw, 0, gravity, 0, 3);
        }
        double still = 0;
        for (int axis = 0; axis < 3; axis++) {
            gravity[axis] += gravityWeight * (raw[axis] - gravity[axis]);
            double shake = shakes[axis].step(raw[axis]);
            still += shake * shake;
        }
        shakeSquare += shakeWeight * (still - shakeSquare);
        stillSamples = Math.sqrt(shakeSquare) < STILL_G ? stillSamples + 1 : 0;
        if (stillSamples >= stillNeeded) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    covariance[r][c] += covarianceWeight * (x[r] * x[c] - covariance[r][c]);
                }
            }
        }
        if (fed++ % samplesPerUpdate == 0) {
            updateDirection();
        }
        // drawn from the axes less gravity alone: the band-pass that finds the direction would smear a quick inspiration
        double y = 0;
        for (int axis = 0; axis < 3; axis++) {
            y += (raw[axis] - gravity[axis]) * direction[axis];
        }
        y *= sign * MG_PER_G;
        asymmetry.accept(smoother.step(y), fed / rateHz);
        if (asymmetry.medianRisingShare() > TURN_OVER_SHARE) {
            // inspiration is the shorter half of a cycle: this way up, the longer half rises
            sign = -sign;
            asymmetry.turnOver();
            smoother.reset();
            y = -y;
        }
        return y;
    }

    /**
     * The leading eigenvector of the covariance within the plane across gravity (a tilt moves gravity's share across
     * itself; a bounce along it is no breath), turned to keep the way it pointed (a component has no sign).
     */
    private void updateDirection() {
        double norm = Math.sqrt(gravity[0] * gravity[0] + gravity[1] * gravity[1] + gravity[2] * gravity[2]);
        if (covariance[0][0] + covariance[1][1] + covariance[2][2] <= 0 || norm == 0) {
            return;
        }
        double[] g = {gravity[0] / norm, gravity[1] / norm, gravity[2] / norm};
        double[][] across = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        sum += ((r == i ? 1 : 0) - g[r] * g[i]) * covariance[i][j] * ((j == c ? 1 : 0) - g[j] * g[c]);
                    }
                }
                across[r][c] = sum;
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(across, false));
        int largest = 0;
        for (int k = 1; k < 3; k++) {
            largest = eigen.getRealEigenvalue(k) > eigen.getRealEigenvalue(largest) ? k : largest;
        }
        double[] lead = eigen.getEigenvector(largest).toArray();
        double dot = lead[0] * direction[0] + lead[1] * direction[1] + lead[2] * direction[2];
        if (dot < 0) {
            for (int k = 0; k < 3; k++) {
                lead[k] = -lead[k];
            }
        }
        direction = lead;
    }
}
