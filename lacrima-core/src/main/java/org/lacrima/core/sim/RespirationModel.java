package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breathing: rate and depth follow arousal, and around the crying peak of a resolved episode the
 * breaths turn into sobs (short, jerky, of varying depth).
 *
 * <p>Resting rate 12–16 breaths/min (0.20–0.27 Hz), rising by up to 60 % and deepening by up to
 * 50 % at a strong arousal peak, with breath-to-breath variability growing from 8 % to 20 %
 * (faster, less regular breathing during the S-phase: Gross, Fredrickson &amp; Levenson 1994). Sobs
 * last 0.8–2.2 s with 2–4 convulsive inspiratory catches and depths from 0.4 to 1.5 times a resting breath.
 *
 * <p>Laughter is done on the expiration (Filippelli et al. 2001, J Appl Physiol 90: 1441-1446): each laugh exhalation
 * (1–4 s) opens with a sudden expiratory effort and goes on as a train of "ha" pulses, 3.5–6 per second (laugh
 * syllables come about 4–5 per second, Bachorowski, Smoski &amp; Owren 2001), each a burst of flow and a pause, while
 * lung volume steps down to 0.6–2 resting breaths below the resting end-expiratory level (FRC); a quick deep
 * inspiration (0.3–0.6 s, to 1–2 resting breaths above FRC) follows, and a longer laugh repeats this until the laugh
 * is over; one more quick inspiration and an ordinary expiration back to FRC end it.
 */
final class RespirationModel {
    /** Shortest ordinary expiration back to FRC that ends a laugh, seconds. */
    private static final double MIN_RECOVERY_SEC = 1.5;
    /**
     * The pace a therapist counts for slow breathing, seconds per breath: 5–7 breaths a minute (resonance-breathing
     * protocols centre on about 6 per minute and fit each client between 4.5 and 7, Lehrer et al. 2000), drawn once a
     * stretch.
     */
    private static final double MIN_PACE_SEC = 60 / 7.0;
    private static final double MAX_PACE_SEC = 60 / 5.0;
    /**
     * Breath-to-breath variation of a client following the count, relative: a paced breath keeps the pace to within
     * about half a breath a minute (Lehrer et al. 2000), not to a metronome's precision.
     */
    private static final double PACE_JITTER = 0.08;
    /** How much faster than at rest a client breathes on exertion (a walk), relative. */
    static final double EXERTION_RATE_GAIN = 1.5;
    /**
     * Limits of {@link #rsaScaleAt}: RSA grows about linearly with tidal volume (Hirsch &amp; Bishop 1981), but not
     * without bound (the sinus node's response saturates) and not to nothing on a shallow breath.
     */
    private static final double MIN_RSA_SCALE = 0.3;
    private static final double MAX_RSA_SCALE = 3;

    /**
     * How much ordinary (calm) breaths vary from one to the next.
     *
     * @param lengthCv            relative standard deviation of a breath's length (arousal adds up to 0.12)
     * @param depthCv             relative standard deviation of a breath's depth
     * @param rsaFollowsLength    whether a calm breath's heart swing grows with its length: at the same tidal volume
     *                            RSA grows about in proportion to the breath's period between about 6 and 20 breaths a
     *                            minute (Hirsch &amp; Bishop 1981); on NeuroKit's 5-minute resting recording (13-20 a
     *                            minute) the RSA index of 30-s windows follows their mean breath period (correlation
     *                            0.74), not the belt's amplitude (-0.05)
     */
    record Variability(double lengthCv, double depthCv, boolean rsaFollowsLength) {
    }

    /** The model's breathing until the fourteenth session, more regular than people breathe. */
    static final Variability REGULAR = new Variability(0.08, 0.10, false);
    /**
     * Breathing as irregular as people breathe at rest: breath-to-breath coefficients of variation of about 0.2-0.3 for
     * the breath's length and volume (Tobin et al. 1983, Chest 84: 202-205; Benchetrit 2000, Respir Physiol 122:
     * 123-129). Measured on NeuroKit's two resting recordings (the shared data): length 0.20 and 0.26, amplitude 0.48
     * and 0.14. The length's value is the lower of the two, the depth's lies between them.
     */
    static final Variability NATURAL = new Variability(0.20, 0.25, true);

    private final List<Breath> breaths;
    private final double[] onsets;
    private final double[] rsaScales;

    private RespirationModel(List<Breath> breaths, double[] rsaScales) {
        this.breaths = List.copyOf(breaths);
        this.onsets = breaths.stream().mapToDouble(Breath::onsetSec).toArray();
        this.rsaScales = rsaScales.clone();
    }

    /**
     * Generates the breaths of a session of {@code durationSec}, rate rising by up to 60 % with arousal; laughs draw
     * from {@code laughter}.
     */
    static RespirationModel breathe(LatentCurves latent, double durationSec, RandomSource rnd, RandomSource laughter) {
        return breathe(latent, durationSec, 0.6, REGULAR, rnd, laughter);
    }

    /**
     * Generates the breaths of a session of {@code durationSec}; {@code rateGain} is the relative rise of
     * the breathing rate at an arousal of 1 (0: the rate stays stable, as in many criers, Sharman et al.
     * 2020); {@code variability} is how much ordinary breaths vary ({@link #REGULAR} or {@link #NATURAL}). Besides
     * sobbing, the latent curves and confounders call for paced slow breathing (5–7/min,
     * deep, as regular as a client follows a count), speech (quick inhalations of 0.3–0.6 s, long irregular exhalations of 1.5–6 s),
     * laughter (laugh exhalations, drawn from {@code laughter}, a stream of their own so that the rest of the
     * breathing draws what it drew before laughter was rendered this way), exertion (faster and deeper) and sighs (2–3 times a resting
     * breath with a long exhalation).
     */
    static RespirationModel breathe(LatentCurves latent, double durationSec, double rateGain, Variability variability,
                                    RandomSource rnd, RandomSource laughter) {
        double restRateHz = rnd.uniform(0.20, 0.27);
        double inspiratoryFraction = rnd.uniform(0.36, 0.44);
        ConfounderPlan plan = latent.confounders();
        List<Breath> breaths = new ArrayList<>();
        List<Double> rsaScales = new ArrayList<>();
        double t = rnd.uniform(0, 1 / restRateHz);
        boolean pacing = false;
        double pacePeriodSec = Double.NaN;
        while (t < durationSec) {
            double a = Math.max(0, latent.arousalAt(t));
            ConfounderPlan.BreathMode mode = plan.breathModeAt(t);
            Breath b;
            // the volume swing of an ordinary breath at this moment: what the latent vagal tone's RSA stands for
            double ordinarySwing = 1;
            // how much longer than the moment's mean breath this one is, for the swing's growth with the period
            double lengthRatio = 1;
            if (latent.sobbingAt(t)) {
                b = sob(t, rnd);
            } else if (latent.pacedAt(t)) {
                if (!pacing) {
                    pacePeriodSec = rnd.uniform(MIN_PACE_SEC, MAX_PACE_SEC);
                }
                double length = pacePeriodSec * (1 + PACE_JITTER * rnd.gaussian());
                b = new Breath(t, 0.4 * length, 0.6 * length, 1.5 * (1 + 0.05 * rnd.gaussian()), 1);
            } else if (mode == ConfounderPlan.BreathMode.SPEECH) {
                b = new Breath(t, rnd.uniform(0.3, 0.6), rnd.uniform(1.5, 6), rnd.uniform(0.7, 1.3), 1);
            } else if (mode == ConfounderPlan.BreathMode.LAUGHTER) {
                double end = laughEnd(latent, t, durationSec, rnd);
                for (Breath laughBreath : laugh(t, end, laughter)) {
                    breaths.add(laughBreath);
                    rsaScales.add(rsaScale(laughBreath, 1, 1));
                }
                t = end;
                continue;
            } else {
                double rate = restRateHz * (1 + rateGain * Math.min(a, 1));
                double depthGain = 1 + 0.5 * Math.min(a, 1);
                if (mode == ConfounderPlan.BreathMode.EXERTION) {
                    rate *= EXERTION_RATE_GAIN;
                    depthGain *= 1.4;
                }
                ordinarySwing = depthGain;
                double irregularity = variability.lengthCv() + 0.12 * Math.min(a, 1);
                double length = Math.max(1.5, (1 / rate) * (1 + irregularity * rnd.gaussian()));
                double depth = Math.max(0.2, depthGain * (1 + variability.depthCv() * rnd.gaussian()));
                double fraction = inspiratoryFraction * (1 + 0.05 * rnd.gaussian());
                b = new Breath(t, fraction * length, (1 - fraction) * length, depth, 1);
                lengthRatio = variability.rsaFollowsLength() ? length * rate : 1;
                if (plan.sighWithin(t, t + length)) {
                    b = new Breath(t, rnd.uniform(1.5, 2.5), rnd.uniform(3, 5), rnd.uniform(2, 3), 1);
                }
            }
            pacing = latent.pacedAt(t) && !latent.sobbingAt(t);
            breaths.add(b);
            // sobs keep the latent tone's RSA (their depth varies about a resting breath's), and paced breaths have
            // their own gain (HeartModel.SLOW_BREATHING_RSA_GAIN)
            rsaScales.add(latent.sobbingAt(t) || pacing ? 1 : rsaScale(b, ordinarySwing, lengthRatio));
            t += b.durationSec();
        }
        return new RespirationModel(breaths, rsaScales.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * How much larger than the latent vagal tone's RSA the heart swings over {@code b}: its volume swing (inspired from
     * its lowest level to its top) over {@code ordinarySwing}, the swing of an ordinary breath at the same arousal. The
     * latent tone stands for the RSA of ordinary breathing as crying studies measured it, arousal's deeper breaths
     * included; a sigh, a laugh's deep refill or a speech inhalation swings the heart by its own volume on top
     * (RSA grows about linearly with tidal volume, Hirsch &amp; Bishop 1981; a deep breath's large heart-rate swing is
     * the bedside test of cardiac vagal function, Ewing et al. 1985); times {@code lengthRatio}, the breath's length over
     * the moment's mean breath's where the swing follows the period ({@link Variability#rsaFollowsLength}), else 1.
     */
    private static double rsaScale(Breath b, double ordinarySwing, double lengthRatio) {
        double swing = b.depth() - Math.min(b.fromLevel(), b.toLevel());
        return Math.max(MIN_RSA_SCALE, Math.min(MAX_RSA_SCALE, swing / ordinarySwing * lengthRatio));
    }

    /**
     * The RSA scale of the breath in progress at {@code timeSec} (1 before the first breath): how much larger than
     * the latent vagal tone's RSA the heart swings over it, {@value #MIN_RSA_SCALE} to {@value #MAX_RSA_SCALE}.
     */
    double rsaScaleAt(double timeSec) {
        int i = breathIndexAt(timeSec);
        return i < 0 ? 1 : rsaScales[i];
    }

    /** A sob: short and jerky, of varying depth, often with 2–4 convulsive inspiratory catches. */
    private static Breath sob(double t, RandomSource rnd) {
        double length = rnd.uniform(0.8, 2.2);
        double fraction = rnd.uniform(0.25, 0.6);
        int steps = rnd.chance(0.6) ? rnd.integer(2, 4) : 1;
        return new Breath(t, fraction * length, (1 - fraction) * length, rnd.uniform(0.4, 1.5), steps);
    }

    /**
     * Where a laugh that starts at {@code t} ends: as far as the staccato cycles (0.5–1.2 s) that stood for laughter in
     * earlier versions of this model reach, while the laugh lasts. They are drawn from the breathing stream as before,
     * so that every breath after a laugh is the one those versions drew; the laugh itself draws from a stream of its
     * own.
     */
    private static double laughEnd(LatentCurves latent, double t, double durationSec, RandomSource rnd) {
        double end = t;
        do {
            double length = rnd.uniform(0.5, 1.2);
            rnd.uniform(0.3, 0.8); // the cycle's depth
            end += 0.3 * length + 0.7 * length;
        } while (end < durationSec && !latent.sobbingAt(end) && !latent.pacedAt(end)
                && latent.confounders().breathModeAt(end) == ConfounderPlan.BreathMode.LAUGHTER);
        return end;
    }

    /**
     * A laugh from {@code t} (the end of an ordinary expiration, at FRC) to {@code end}: an inspiration, laugh
     * exhalations each followed by a quick deep inspiration as long as a recovery still fits, and an ordinary
     * expiration back to FRC. A span too short for that is rendered compressed.
     */
    private static List<Breath> laugh(double t, double end, RandomSource rnd) {
        double pulseHz = rnd.uniform(3.5, 6);
        List<Breath> out = new ArrayList<>();
        double at = t;
        double from = 0;
        double inspiration = rnd.uniform(0.8, 1.4);
        double peak = rnd.uniform(0.8, 1.3);
        while (true) {
            double exhalation = rnd.uniform(1, 4);
            double below = -rnd.uniform(0.6, 2.0);
            double hz = pulseHz * rnd.uniform(0.9, 1.1);
            double nextInspiration = rnd.uniform(0.3, 0.6);
            double nextPeak = rnd.uniform(1.0, 2.0);
            if (!out.isEmpty() && at + inspiration + exhalation + nextInspiration + MIN_RECOVERY_SEC > end) {
                break;
            }
            out.add(new Breath(at, inspiration, exhalation, peak, 1, from, below, hz));
            at += inspiration + exhalation;
            from = below;
            inspiration = nextInspiration;
            peak = nextPeak;
        }
        double recovery = Math.max(MIN_RECOVERY_SEC, end - at - inspiration);
        out.add(new Breath(at, inspiration, recovery, peak, 1, from, 0, 0));
        double scale = (end - t) / (at + inspiration + recovery - t);
        if (scale >= 1) {
            return out;
        }
        List<Breath> compressed = new ArrayList<>();
        for (Breath b : out) {
            compressed.add(new Breath(t + (b.onsetSec() - t) * scale, b.inspirationSec() * scale,
                    b.expirationSec() * scale, b.depth(), 1, b.fromLevel(), b.toLevel(), b.pulseHz()));
        }
        return compressed;
    }

    /** The breaths in time order. */
    List<Breath> breaths() {
        return breaths;
    }

    /** Inspiration onsets in seconds, ascending. */
    double[] onsetsSec() {
        return onsets.clone();
    }

    /**
     * Where in its breath {@code timeSec} falls: 0 at the inspiration onset, 1 at the next one.
     * Before the first breath, 0.
     */
    double phaseAt(double timeSec) {
        int i = breathIndexAt(timeSec);
        if (i < 0) {
            return 0;
        }
        Breath b = breaths.get(i);
        return Math.min(1, (timeSec - b.onsetSec()) / b.durationSec());
    }

    /** The index of the breath in progress at {@code timeSec}, or -1 before the first. */
    int breathIndexAt(double timeSec) {
        int i = Arrays.binarySearch(onsets, timeSec);
        return i >= 0 ? i : -i - 2;
    }

    /** Renders the belt signal (a.u.) at {@code rateHz} for {@code length} samples. */
    double[] render(double rateHz, int length) {
        double[] out = new double[length];
        for (int k = 0; k < breaths.size(); k++) {
            Breath b = breaths.get(k);
            int from = (int) Math.ceil(b.onsetSec() * rateHz);
            double next = k + 1 < breaths.size() ? breaths.get(k + 1).onsetSec() : b.onsetSec() + b.durationSec();
            int to = Math.min(length, (int) Math.ceil(next * rateHz));
            for (int i = Math.max(0, from); i < to; i++) {
                out[i] = b.excursionAt(i / rateHz - b.onsetSec());
            }
        }
        return out;
    }
}
