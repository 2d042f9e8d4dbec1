package org.lacrima.core.sim;

/**
 * One breath of the simulated respiration, as lung volume relative to the resting end-expiratory level (FRC).
 *
 * @param onsetSec         start of inspiration, seconds from the recording start
 * @param inspirationSec   length of the inspiration
 * @param expirationSec    length of the expiration (up to the next onset)
 * @param depth            volume at the end of inspiration (a.u.; 1 is a resting breath, which starts at FRC, 0)
 * @param inspiratorySteps 1 for a smooth breath, 2–4 for the convulsive catches of a sob
 * @param fromLevel        volume at the onset (0 at FRC; below 0 after a laugh exhalation)
 * @param toLevel          volume at the end of the expiration (0 at FRC; below 0 for a laugh exhalation)
 * @param pulseHz          0 for a smooth expiration; otherwise the rate of the "ha" pulses of a laugh exhalation, hertz
 */
record Breath(double onsetSec, double inspirationSec, double expirationSec, double depth, int inspiratorySteps,
              double fromLevel, double toLevel, double pulseHz) {
    /** Part of the fall of a laugh exhalation taken by the sudden expiratory effort that opens it. */
    private static final double LAUGH_ONSET_FRACTION = 0.3;
    /** Seconds the opening expiratory effort lasts (at most a quarter of the exhalation). */
    private static final double LAUGH_ONSET_SEC = 0.25;
    /** Part of each pulse period that air flows (the "ha"); the glottis holds the volume for the rest. */
    private static final double PULSE_DUTY = 0.6;

    /** A breath from FRC back to FRC with a smooth expiration. */
    Breath(double onsetSec, double inspirationSec, double expirationSec, double depth, int inspiratorySteps) {
        this(onsetSec, inspirationSec, expirationSec, depth, inspiratorySteps, 0, 0, 0);
    }

    double durationSec() {
        return inspirationSec + expirationSec;
    }

    /**
     * Belt excursion {@code sinceOnsetSec} into this breath: {@code fromLevel} at the onset, {@code depth} at the end of
     * inspiration, {@code toLevel} at the end of the expiration.
     */
    double excursionAt(double sinceOnsetSec) {
        if (sinceOnsetSec < inspirationSec) {
            double x = sinceOnsetSec / inspirationSec * inspiratorySteps;
            int step = Math.min((int) x, inspiratorySteps - 1);
            double within = x - step;
            return fromLevel + (depth - fromLevel) * (step + (1 - Math.cos(Math.PI * within)) / 2) / inspiratorySteps;
        }
        double s = Math.min(expirationSec, sinceOnsetSec - inspirationSec);
        if (pulseHz > 0) {
            return depth - (depth - toLevel) * laughProgress(s);
        }
        double y = s / expirationSec;
        return toLevel + (depth - toLevel) * (1 + Math.cos(Math.PI * y)) / 2;
    }

    /**
     * How much of a laugh exhalation's fall has happened {@code s} seconds into it (0 to 1): a sudden expiratory effort,
     * then a staircase of pulses at about {@code pulseHz}, each a burst of flow and a pause, to the end.
     */
    private double laughProgress(double s) {
        double onset = Math.min(LAUGH_ONSET_SEC, expirationSec / 4);
        if (s < onset) {
            return LAUGH_ONSET_FRACTION * (1 - Math.cos(Math.PI * s / onset)) / 2;
        }
        int pulses = Math.max(1, (int) Math.round((expirationSec - onset) * pulseHz));
        double u = (s - onset) / (expirationSec - onset) * pulses;
        int k = Math.min((int) u, pulses - 1);
        double phase = Math.min(1, (u - k) / PULSE_DUTY);
        double steps = (k + (1 - Math.cos(Math.PI * phase)) / 2) / pulses;
        return LAUGH_ONSET_FRACTION + (1 - LAUGH_ONSET_FRACTION) * steps;
    }
}
