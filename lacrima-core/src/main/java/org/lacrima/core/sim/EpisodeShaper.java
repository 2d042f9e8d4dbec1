package org.lacrima.core.sim;

import org.lacrima.core.episode.Outcome;

/**
 * Draws the latent time course of one episode, randomised within physiological ranges so that a
 * detector cannot fit one exact shape.
 *
 * <p>Arousal is on a 0..1 scale (1: a strong crying peak); vagal tone is relative to rest (1). The
 * ranges come from the crying literature (DESIGN.md sections 1 and 6):
 * <ul>
 *   <li>Build-up (S-phase) 1.5–6 min of accelerating sympathetic rise with vagal withdrawal; the
 *       peak corresponds to HR +10–25 bpm and SCL +1–4 µS over baseline (Gross, Fredrickson &amp;
 *       Levenson 1994 report HR, SCL and respiration rising with crying).</li>
 *   <li>Release (P-phase) of a resolved episode: the excess halves within 15–50 s ("half of the
 *       excess gone within about a minute", Von Glahn 2012) and settles slightly below the pre-episode
 *       level; vagal tone rebounds 25–50 % above rest and decays over 2–4 min (RSA rise during
 *       resolution: Rottenberg et al. 2003; effects subside within ~4 min of onset: Hendriks,
 *       Rottenberg &amp; Vingerhoets 2007; self-soothing: Gračanin et al. 2014).</li>
 *   <li>Sustained (overwhelm): the plateau lasts 4.5–8 min past the peak, with vagal tone still
 *       withdrawn and no rebound; in 30 % of cases it keeps escalating.</li>
 *   <li>Subsided: the build-up stops short (0.35–0.55 instead of 0.6–1.0) with a rounded top and
 *       declines slowly (half of the excess gone after 1.5–3 min, 3–8 times slower than a release),
 *       leaving a residue of 10–20 % that fades over 10–20 min; vagal tone recovers without overshoot.</li>
 * </ul>
 */
final class EpisodeShaper {
    private static final double DT = 1 / GroundTruth.LATENT_RATE_HZ;
    /** The episode ends when its excess arousal is back to this fraction of its peak. */
    static final double END_FRACTION = 0.25;
    /** How long after the end the tail (undershoot, rebound, residue) is still drawn. */
    static final double TAIL_SEC = 15 * 60;

    private EpisodeShaper() {
    }

    /**
     * Draws one episode.
     *
     * @param spread 0..1: how much of each duration range to use; 1 draws from the full range, 0 from
     *               its short end only (used when a session is too short for long episodes)
     */
    static EpisodeShape draw(EpisodeSpec spec, RandomSource rnd, double spread) {
        return switch (spec.outcome()) {
            case RESOLVED -> resolved(spec, rnd, spread);
            case SUSTAINED -> sustained(spec, rnd, spread);
            case SUBSIDED -> subsided(spec, rnd, spread);
        };
    }

    private static EpisodeShape resolved(EpisodeSpec spec, RandomSource rnd, double spread) {
        double buildUp = rnd.uniform(90, 90 + 270 * spread);
        double power = rnd.uniform(1.8, 3.0); // convex: the rise accelerates towards the peak
        double height = rnd.uniform(0.6, 1.0);
        double hold = rnd.uniform(5, 5 + 25 * spread); // the crying peak before the turn
        double dropTau = rnd.uniform(22, 72); // half-life 15-50 s
        double undershoot = rnd.uniform(0.03, 0.12);
        double undershootTau = rnd.uniform(120, 240);
        double withdrawal = rnd.uniform(0.3, 0.5);
        double rebound = rnd.uniform(0.25, 0.5);
        double reboundTau = rnd.uniform(120, 240);
        double release = buildUp + hold;
        double end = releaseEndSec(release, height, dropTau, undershoot);
        int n = samples(end + TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        for (int i = rise(a, v, buildUp, power, height, withdrawal); i < n; i++) {
            double t = i * DT;
            if (t < release) {
                a[i] = height;
                v[i] = -withdrawal;
            } else {
                double d = t - release;
                a[i] = releasedArousal(d, height, dropTau, undershoot, undershootTau);
                // vagal withdrawal lifts within ~15 s; the rebound builds over ~20 s and decays over minutes
                v[i] = -withdrawal * Math.exp(-d / 15) + rebound * (1 - Math.exp(-d / 20)) * Math.exp(-d / reboundTau);
            }
        }
        TimeWindow sobbing = new TimeWindow(buildUp - rnd.uniform(10, 30), release + rnd.uniform(30, 90));
        return EpisodeShape.classic(spec, buildUp, release, end, intervention(spec, buildUp, rnd), sobbing, RiseShape.CONVEX,
                a, v);
    }

    private static EpisodeShape sustained(EpisodeSpec spec, RandomSource rnd, double spread) {
        double buildUp = rnd.uniform(90, 90 + 270 * spread);
        double power = rnd.uniform(1.3, 2.5);
        double height = rnd.uniform(0.65, 1.0);
        double plateau = rnd.uniform(270, 270 + 210 * spread); // 4.5-8 min past the peak
        boolean escalating = rnd.chance(0.3);
        double trend = escalating ? rnd.uniform(0.1, 0.25) : -rnd.uniform(0, 0.12);
        double wobble = rnd.uniform(0.02, 0.05);
        double wobblePeriod = rnd.uniform(60, 150);
        double declineTau = rnd.uniform(120, 240);
        double withdrawal = rnd.uniform(0.3, 0.5);
        double plateauEnd = buildUp + plateau;
        double levelAtEnd = height * (1 + trend) + wobble * Math.sin(2 * Math.PI * plateau / wobblePeriod);
        double end = plateauEnd + declineTau * Math.log(levelAtEnd / (END_FRACTION * height));
        int n = samples(end + TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        for (int i = rise(a, v, buildUp, power, height, withdrawal); i < n; i++) {
            double t = i * DT;
            if (t < plateauEnd) {
                double y = (t - buildUp) / plateau;
                a[i] = height * (1 + trend * y) + wobble * Math.sin(2 * Math.PI * (t - buildUp) / wobblePeriod);
                v[i] = -withdrawal * (1 + 0.5 * Math.max(trend, 0) * y);
            } else {
                // no fast drop and no rebound: vagal tone recovers even more slowly than arousal
                double d = t - plateauEnd;
                a[i] = levelAtEnd * Math.exp(-d / declineTau);
                v[i] = -withdrawal * (1 + 0.5 * Math.max(trend, 0)) * Math.exp(-d / (1.3 * declineTau));
            }
        }
        return EpisodeShape.classic(spec, buildUp, Double.NaN, end, intervention(spec, buildUp, rnd), null,
                RiseShape.CONVEX, a, v);
    }

    private static EpisodeShape subsided(EpisodeSpec spec, RandomSource rnd, double spread) {
        double buildUp = rnd.uniform(90, 90 + 210 * spread);
        double height = rnd.uniform(0.35, 0.55);
        double halfDecline = rnd.uniform(90, 90 + 90 * spread); // half of the excess gone after 1.5-3 min
        double residue = rnd.uniform(0.1, 0.2);
        double residueTau = rnd.uniform(600, 1200);
        double withdrawal = rnd.uniform(0.15, 0.3);
        int n = samples(buildUp + 6 * halfDecline + TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        double end = Double.NaN;
        for (int i = 0; i < n; i++) {
            double t = i * DT;
            double level;
            if (t < buildUp) {
                double x = t / buildUp;
                level = x * x * (3 - 2 * x); // starts slowly, then flattens: stops short instead of peaking
            } else {
                level = slowDecline(t - buildUp, halfDecline, residue, residueTau);
                if (Double.isNaN(end) && level <= END_FRACTION) {
                    end = t;
                }
            }
            a[i] = height * level;
            v[i] = -withdrawal * level;
        }
        return EpisodeShape.classic(spec, buildUp, Double.NaN, end, intervention(spec, buildUp, rnd), null,
                RiseShape.SMOOTHSTEP, a, v);
    }

    /**
     * The accelerating S-phase rise towards {@code height}, with vagal withdrawal in step: fills the
     * samples before {@code buildUpSec} and returns the index of the first sample after it.
     */
    private static int rise(double[] a, double[] v, double buildUpSec, double power, double height, double withdrawal) {
        int i = 0;
        for (; i < a.length && i * DT < buildUpSec; i++) {
            double fraction = Math.pow(i * DT / buildUpSec, power);
            a[i] = height * fraction;
            v[i] = -withdrawal * fraction;
        }
        return i;
    }

    /**
     * Excess arousal {@code sinceReleaseSec} after a release from {@code height}: a precipitous
     * exponential drop (time constant {@code dropTauSec}) into a small undershoot below the pre-episode
     * level that fades with {@code undershootTauSec}.
     */
    static double releasedArousal(double sinceReleaseSec, double height, double dropTauSec, double undershoot,
                                  double undershootTauSec) {
        double drop = Math.exp(-sinceReleaseSec / dropTauSec);
        return height * drop - undershoot * (1 - drop) * Math.exp(-sinceReleaseSec / undershootTauSec);
    }

    /** When a release from {@code height} brings the excess down to {@link #END_FRACTION} of it (undershoot ignored). */
    static double releaseEndSec(double releaseSec, double height, double dropTauSec, double undershoot) {
        return releaseSec + dropTauSec * Math.log((height + undershoot) / (END_FRACTION * height + undershoot));
    }

    /**
     * The level, as a fraction of the top, {@code sinceTopSec} into a build-up's slow decline: rounded
     * (zero slope at the top, unlike a release's precipitous drop), half gone after {@code halfDeclineSec},
     * leaving {@code residue} that fades with time constant {@code residueTauSec}.
     */
    static double slowDecline(double sinceTopSec, double halfDeclineSec, double residue, double residueTauSec) {
        double decline = Math.exp(-Math.log(2) * Math.pow(sinceTopSec / halfDeclineSec, 1.5));
        return (1 - residue) * decline + residue * Math.exp(-sinceTopSec / residueTauSec);
    }

    /** A calming intervention marked near the top of the build-up, shortly before the peak. */
    static double intervention(EpisodeSpec spec, double peakSec, RandomSource rnd) {
        return spec.interrupted() ? peakSec - rnd.uniform(5, 25) : Double.NaN;
    }

    static int samples(double sec) {
        return (int) Math.ceil(sec / DT) + 1;
    }
}
