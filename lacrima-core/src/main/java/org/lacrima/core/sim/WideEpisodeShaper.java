package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.episode.Outcome;

/**
 * Draws one episode from the widened ranges ({@link EpisodeVariety#WIDE}, and every bout of a spell),
 * on the same scales as {@link EpisodeShaper}: arousal 0..1 above the pre-episode level, vagal tone
 * relative to rest.
 *
 * <ul>
 *   <li>Build-up 20 s – 10 min, log-uniform (bouts of a spell: 20–150 s; a build-up that stops
 *       short: from 40 s), rising as one of five
 *       {@link RiseShape} families. Peaks 0.3–1.0 ("teared up" to deep crying: heart rate about
 *       +6 to +25 bpm, since crying raises heart rate only modestly, Gross, Fredrickson &amp;
 *       Levenson 1994); a build-up that stops short (subsided) reaches 0.25–0.6.</li>
 *   <li>A third of resolved bouts have a brief vagal surge 5–20 s before the peak: heart rate slows
 *       just before the tears (Sharman et al. 2020).</li>
 *   <li>Release of a resolved bout: excess falling with a time constant of 4–60 s (log-uniform);
 *       vagal rebound immediate (half), delayed by 60–120 s (30 %) or weak (20 %), fading over
 *       1.5–4 min (Rottenberg et al. 2003; Hendriks et al. 2007).</li>
 *   <li>Sustained (overwhelm): a plateau of 4–8 min past the peak with repeated sobbing waves (dips
 *       and surges of 8–20 % every 40–90 s, sobbing breath on each surge), vagal tone withdrawn.</li>
 *   <li>Subsided: a rounded top and a drift down over minutes (half of the excess gone after
 *       1.5–5 min) with a residue; when an intervention was marked, in 60 % of cases the therapist
 *       then paces slow breathing for 2–4 min, which raises vagal tone 15–35 % above rest while
 *       arousal keeps drifting: vagal tone up without any release.</li>
 * </ul>
 */
final class WideEpisodeShaper {
    private static final double DT = 1 / GroundTruth.LATENT_RATE_HZ;
    private static final RiseShape[] CRYING_RISES = {RiseShape.CONVEX, RiseShape.LINEAR, RiseShape.SIGMOID,
        RiseShape.CONCAVE, RiseShape.STEPWISE};
    private static final RiseShape[] SHORT_RISES = {RiseShape.SMOOTHSTEP, RiseShape.LINEAR, RiseShape.SIGMOID,
        RiseShape.CONCAVE};

    private WideEpisodeShaper() {
    }

    /**
     * Draws one episode.
     *
     * @param spread 0..1: how much of each duration range to use (0: the short end only)
     */
    static EpisodeShape draw(EpisodeSpec spec, RandomSource rnd, double spread) {
        double longest = spec.inSpell() ? 150 : 600;
        // a build-up that stops short is still a build-up: at least 40 s, not a jolt
        double shortest = spec.outcome() == Outcome.SUBSIDED ? 40 : 20;
        double buildUp = logUniform(rnd, shortest, shortest + (longest - shortest) * spread);
        return switch (spec.outcome()) {
            case RESOLVED -> resolved(spec, rnd, spread, buildUp);
            case SUSTAINED -> sustained(spec, rnd, spread, buildUp);
            case SUBSIDED -> subsided(spec, rnd, spread, buildUp);
        };
    }

    private static EpisodeShape resolved(EpisodeSpec spec, RandomSource rnd, double spread, double buildUp) {
        Rise rise = Rise.draw(CRYING_RISES, rnd);
        double height = rnd.uniform(0.3, 1.0);
        double withdrawal = height * rnd.uniform(0.35, 0.55);
        double hold = rnd.uniform(3, 3 + 17 * spread);
        double dropTau = logUniform(rnd, 4, 60);
        double undershoot = height * rnd.uniform(0.03, 0.12);
        double undershootTau = rnd.uniform(120, 240);
        double roll = rnd.uniform(0, 1);
        VagalRebound kind = roll < 0.5 ? VagalRebound.IMMEDIATE : roll < 0.8 ? VagalRebound.DELAYED : VagalRebound.WEAK;
        double rebound = kind == VagalRebound.WEAK ? rnd.uniform(0.03, 0.1) : rnd.uniform(0.2, 0.45);
        double reboundDelay = kind == VagalRebound.DELAYED ? rnd.uniform(60, 120) : 0;
        double reboundBuild = kind == VagalRebound.DELAYED ? rnd.uniform(20, 40) : rnd.uniform(10, 25);
        double reboundTau = rnd.uniform(90, 240);
        boolean preTearDip = rnd.chance(1.0 / 3);
        double dipAt = buildUp - rnd.uniform(5, Math.min(20, 0.5 * buildUp));
        double dipSize = rnd.uniform(0.25, 0.45);
        double release = buildUp + hold;
        double end = EpisodeShaper.releaseEndSec(release, height, dropTau, undershoot);
        int n = EpisodeShaper.samples(end + EpisodeShaper.TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        for (int i = rise.fill(a, v, buildUp, height, withdrawal); i < n; i++) {
            double t = i * DT;
            if (t < release) {
                a[i] = height;
                v[i] = -withdrawal;
            } else {
                double d = t - release;
                a[i] = EpisodeShaper.releasedArousal(d, height, dropTau, undershoot, undershootTau);
                double r = d < reboundDelay ? 0 : d - reboundDelay;
                double back = reboundDelay > 0 ? Math.max(0.3, Math.min(1, 15 / reboundDelay)) : 1;
                // withdrawal lifts (only partly while a delayed rebound waits); the rebound builds, then fades
                v[i] = -withdrawal * (1 - back) * Math.exp(-r / 20) - withdrawal * back * Math.exp(-d / 15)
                        + (d < reboundDelay ? 0 : rebound * (1 - Math.exp(-r / reboundBuild)) * Math.exp(-r / reboundTau));
            }
        }
        for (int i = 0; preTearDip && i < n; i++) {
            double x = (i * DT - dipAt) / 6;
            v[i] += dipSize * Math.exp(-x * x);
        }
        List<TimeWindow> sobbing = List.of(new TimeWindow(buildUp - Math.min(0.5 * buildUp, rnd.uniform(10, 30)),
                release + rnd.uniform(15, 60)));
        return new EpisodeShape(spec, buildUp, release, end, EpisodeShaper.intervention(spec, buildUp, rnd), release,
                sobbing, null, rise.shape, kind, a, v);
    }

    private static EpisodeShape sustained(EpisodeSpec spec, RandomSource rnd, double spread, double buildUp) {
        Rise rise = Rise.draw(CRYING_RISES, rnd);
        double height = rnd.uniform(0.4, 1.0);
        double withdrawal = height * rnd.uniform(0.35, 0.55);
        double plateau = rnd.uniform(240, 240 + 240 * spread);
        double trend = rnd.chance(0.3) ? rnd.uniform(0.1, 0.25) : -rnd.uniform(0, 0.1);
        double waveDepth = rnd.uniform(0.08, 0.2);
        double wavePeriod = rnd.uniform(40, 90);
        double declineTau = rnd.uniform(120, 240);
        double plateauEnd = buildUp + plateau;
        double levelAtEnd = height * (1 + trend) * wave(plateau, waveDepth, wavePeriod);
        double end = plateauEnd + declineTau * Math.log(levelAtEnd / (EpisodeShaper.END_FRACTION * height));
        int n = EpisodeShaper.samples(end + EpisodeShaper.TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        for (int i = rise.fill(a, v, buildUp, height, withdrawal); i < n; i++) {
            double t = i * DT;
            if (t < plateauEnd) {
                double y = (t - buildUp) / plateau;
                a[i] = height * (1 + trend * y) * wave(t - buildUp, waveDepth, wavePeriod);
                v[i] = -withdrawal * (1 + 0.5 * Math.max(trend, 0) * y);
            } else {
                double d = t - plateauEnd;
                a[i] = levelAtEnd * Math.exp(-d / declineTau);
                v[i] = -withdrawal * (1 + 0.5 * Math.max(trend, 0)) * Math.exp(-d / (1.3 * declineTau));
            }
        }
        List<TimeWindow> sobbing = new ArrayList<>();
        for (double crest = buildUp; crest < plateauEnd; crest += wavePeriod) {
            sobbing.add(new TimeWindow(crest - rnd.uniform(5, 15), crest + rnd.uniform(10, 25)));
        }
        return new EpisodeShape(spec, buildUp, Double.NaN, end, EpisodeShaper.intervention(spec, buildUp, rnd),
                plateauEnd, sobbing, null, rise.shape, VagalRebound.NONE, a, v);
    }

    /** A sobbing wave: 1 at each crest, dipping by {@code depth} between crests. */
    private static double wave(double sinceCrestSec, double depth, double periodSec) {
        return 1 - depth * 0.5 * (1 - Math.cos(2 * Math.PI * sinceCrestSec / periodSec));
    }

    private static EpisodeShape subsided(EpisodeSpec spec, RandomSource rnd, double spread, double buildUp) {
        Rise rise = Rise.draw(SHORT_RISES, rnd);
        double height = rnd.uniform(0.25, 0.6);
        double withdrawal = height * rnd.uniform(0.35, 0.55);
        double halfDecline = rnd.uniform(90, 90 + 210 * spread);
        double residue = rnd.uniform(0.1, 0.25);
        double residueTau = rnd.uniform(600, 1200);
        double intervention = EpisodeShaper.intervention(spec, buildUp, rnd);
        TimeWindow paced = null;
        double pacedLift = 0;
        if (spec.interrupted() && rnd.chance(0.6)) {
            double from = intervention + rnd.uniform(10, 30);
            paced = new TimeWindow(from, from + rnd.uniform(60, 240));
            pacedLift = rnd.uniform(0.15, 0.35);
        }
        int n = EpisodeShaper.samples(buildUp + 6 * halfDecline + EpisodeShaper.TAIL_SEC);
        double[] a = new double[n];
        double[] v = new double[n];
        double end = Double.NaN;
        for (int i = 0; i < n; i++) {
            double t = i * DT;
            double level;
            if (t < buildUp) {
                level = rise.at(t / buildUp);
            } else {
                level = EpisodeShaper.slowDecline(t - buildUp, halfDecline, residue, residueTau);
                if (Double.isNaN(end) && level <= EpisodeShaper.END_FRACTION) {
                    end = t;
                }
            }
            a[i] = height * level;
            v[i] = -withdrawal * level + (paced == null ? 0 : pacedLift * pacedEnvelope(paced, t));
        }
        return new EpisodeShape(spec, buildUp, Double.NaN, end, intervention, buildUp, List.of(), paced, rise.shape,
                VagalRebound.NONE, a, v);
    }

    /** Time constant of vagal tone's rise as paced breathing begins, seconds. */
    static final double PACED_RISE_SEC = 30;
    /** Time constant of its fade after paced breathing ends, seconds. */
    static final double PACED_FADE_SEC = 60;

    /** 0..1: how far paced breathing has raised vagal tone at {@code t} (seconds on the same clock as {@code paced}). */
    static double pacedEnvelope(TimeWindow paced, double t) {
        if (t < paced.fromSec()) {
            return 0;
        }
        double on = 1 - Math.exp(-(Math.min(t, paced.toSec()) - paced.fromSec()) / PACED_RISE_SEC);
        return t <= paced.toSec() ? on : on * Math.exp(-(t - paced.toSec()) / PACED_FADE_SEC);
    }

    private static double logUniform(RandomSource rnd, double lo, double hi) {
        return lo * Math.exp(rnd.uniform(0, Math.log(hi / lo)));
    }

    /** A rise family with its drawn parameter. */
    private record Rise(RiseShape shape, double parameter) {
        static Rise draw(RiseShape[] families, RandomSource rnd) {
            RiseShape shape = families[rnd.integer(0, families.length - 1)];
            double parameter = switch (shape) {
                case CONVEX -> rnd.uniform(1.5, 3.0);
                case CONCAVE -> rnd.uniform(0.4, 0.7);
                case SIGMOID -> rnd.uniform(6, 10);
                case STEPWISE -> rnd.integer(2, 4);
                default -> 0;
            };
            return new Rise(shape, parameter);
        }

        /**
         * Fills the build-up's samples (arousal rising to {@code height}, vagal tone withdrawing by
         * {@code withdrawal} in step) and returns the index of the first sample after it.
         */
        int fill(double[] a, double[] v, double buildUpSec, double height, double withdrawal) {
            int i = 0;
            for (; i < a.length && i * DT < buildUpSec; i++) {
                double f = at(i * DT / buildUpSec);
                a[i] = height * f;
                v[i] = -withdrawal * f;
            }
            return i;
        }

        /** Fraction of the peak reached at fraction {@code x} (0..1) of the build-up. */
        double at(double x) {
            return switch (shape) {
                case CONVEX, CONCAVE -> Math.pow(x, parameter);
                case LINEAR -> x;
                case SMOOTHSTEP -> x * x * (3 - 2 * x);
                case SIGMOID -> {
                    double lo = logistic(-0.5 * parameter);
                    double hi = logistic(0.5 * parameter);
                    yield (logistic(parameter * (x - 0.5)) - lo) / (hi - lo);
                }
                case STEPWISE -> {
                    // each wave surges in its first 40 % and then holds, sagging a little until the next
                    double waves = parameter;
                    double w = Math.min(x * waves, waves - 1e-9);
                    int k = (int) w;
                    double u = w - k;
                    double surge = Math.min(1, u / 0.4);
                    double sag = k < waves - 1 && u > 0.4 ? 0.12 * (u - 0.4) / 0.6 : 0;
                    yield (k + surge * surge * (3 - 2 * surge) - sag) / waves;
                }
            };
        }

        private static double logistic(double z) {
            return 1 / (1 + Math.exp(-z));
        }
    }
}
