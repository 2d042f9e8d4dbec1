package org.lacrima.core.sim;

/**
 * A premature ventricular complex: no P wave, a wide and tall QRS (about 120-160 ms) and a T wave
 * of opposite polarity, as three Gaussians in the manner of {@link EcgWaveform}. The R maximum stays
 * at the beat time.
 */
final class PvcWaveform implements BeatWaveform {
    //                                   R      S      T
    private static final double[] MU = {0.0, 0.085, 0.32};
    private static final double[] SIGMA = {0.028, 0.03, 0.07};
    private static final double[] AMP_MV = {1.5, -0.45, -0.4};

    @Override
    public double valueAt(double sinceBeatSec, double rrSec) {
        double sum = 0;
        for (int w = 0; w < MU.length; w++) {
            double stretch = w == 2 ? Math.sqrt(rrSec) : 1;
            double z = (sinceBeatSec - MU[w] * stretch) / (SIGMA[w] * stretch);
            sum += AMP_MV[w] * Math.exp(-0.5 * z * z);
        }
        return sum;
    }

    @Override
    public double startSec(double rrSec) {
        return -5 * SIGMA[0];
    }

    @Override
    public double endSec(double rrSec) {
        return (MU[2] + 5 * SIGMA[2]) * Math.sqrt(rrSec);
    }
}
