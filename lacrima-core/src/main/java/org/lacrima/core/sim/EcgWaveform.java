package org.lacrima.core.sim;

/**
 * A PQRST complex as a sum of five Gaussians, after McSharry et al. (2003), "A dynamical model for
 * generating synthetic electrocardiogram signals", IEEE Trans. Biomed. Eng. 50(3), written directly
 * in time instead of as the phase of a limit cycle.
 *
 * <p>Amplitudes in millivolts for a lead-II-like ECG (R 1.2 mV, T 0.35 mV, P 0.15 mV); times relative
 * to the R peak for a 1 s beat interval. The QRS keeps its width at any rate, the T wave moves with
 * the square root of the interval (Bazett's QT scaling, as ECGSYN scales its angles) and the P wave
 * moves a little. The Q and S waves are far enough from R that the R maximum stays at the beat time.
 */
final class EcgWaveform implements BeatWaveform {
    //                                   P       Q       R      S       T
    private static final double[] MU = {-0.20, -0.035, 0.0, 0.035, 0.30};
    private static final double[] SIGMA = {0.025, 0.010, 0.010, 0.012, 0.060};
    private static final double[] AMP_MV = {0.15, -0.10, 1.2, -0.25, 0.35};

    @Override
    public double valueAt(double sinceBeatSec, double rrSec) {
        double sum = 0;
        for (int w = 0; w < MU.length; w++) {
            double mu = MU[w] * scaleOf(w, rrSec);
            double sigma = SIGMA[w] * (w == 4 ? Math.sqrt(rrSec) : 1);
            double z = (sinceBeatSec - mu) / sigma;
            sum += AMP_MV[w] * Math.exp(-0.5 * z * z);
        }
        return sum;
    }

    @Override
    public double startSec(double rrSec) {
        return MU[0] * scaleOf(0, rrSec) - 5 * SIGMA[0];
    }

    @Override
    public double endSec(double rrSec) {
        return MU[4] * scaleOf(4, rrSec) + 5 * SIGMA[4] * Math.sqrt(rrSec);
    }

    private static double scaleOf(int wave, double rrSec) {
        return switch (wave) {
            case 0 -> Math.pow(rrSec, 0.25);
            case 4 -> Math.sqrt(rrSec);
            default -> 1;
        };
    }
}
