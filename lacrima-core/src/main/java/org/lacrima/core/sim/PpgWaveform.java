package org.lacrima.core.sim;

/**
 * A finger/wrist pulse wave from its foot: a systolic wave and a smaller reflected (diastolic) wave,
 * each a Gaussian, with the dicrotic notch between them. At high heart rates the two waves move
 * together and the notch fades, as in real recordings (Elgendi 2012, "On the analysis of
 * fingertip photoplethysmogram signals", Curr. Cardiol. Rev. 8).
 */
final class PpgWaveform implements BeatWaveform {
    private static final double SYSTOLIC_SEC = 0.13;
    private static final double SYSTOLIC_SIGMA_SEC = 0.055;
    private static final double DIASTOLIC_SEC = 0.36;
    private static final double DIASTOLIC_SIGMA_SEC = 0.09;
    private static final double DIASTOLIC_AMP = 0.45;

    @Override
    public double valueAt(double sinceBeatSec, double rrSec) {
        double scale = Math.sqrt(rrSec);
        double z1 = (sinceBeatSec - SYSTOLIC_SEC * Math.pow(rrSec, 0.3)) / SYSTOLIC_SIGMA_SEC;
        double z2 = (sinceBeatSec - DIASTOLIC_SEC * scale) / (DIASTOLIC_SIGMA_SEC * scale);
        return Math.exp(-0.5 * z1 * z1) + DIASTOLIC_AMP * Math.exp(-0.5 * z2 * z2);
    }

    @Override
    public double startSec(double rrSec) {
        return SYSTOLIC_SEC * Math.pow(rrSec, 0.3) - 5 * SYSTOLIC_SIGMA_SEC;
    }

    @Override
    public double endSec(double rrSec) {
        double scale = Math.sqrt(rrSec);
        return (DIASTOLIC_SEC + 5 * DIASTOLIC_SIGMA_SEC) * scale;
    }
}
