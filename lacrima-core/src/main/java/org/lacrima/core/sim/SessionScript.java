package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;

/**
 * Writes the latent course of a session: a calm background with ordinary fluctuation, and the
 * scripted episodes placed without overlap after a calm baseline, and the confounders. The bouts of
 * a spell are laid out as one piece, 1–3 min apart.
 *
 * <p>Calm fluctuation must not look like an episode: the slow drift (an Ornstein-Uhlenbeck process,
 * time constant 90 s) is soft-limited to ±0.12, and arousal blips (a question that touches
 * something, a noise outside) last 15–50 s, shorter than any build-up (≥ 90 s).
 */
final class SessionScript {
    /** Calm baseline at the session start, seconds (at least 3 min so a baseline can be measured). */
    static final double MIN_BASELINE_SEC = 180;
    /** Calm stretch between one episode's end and the next onset, seconds. */
    static final double MIN_GAP_SEC = 210;
    /** Shortest and longest time from one bout's turn to the next bout's onset within a spell, seconds. */
    static final double MIN_BOUT_GAP_SEC = 60;
    static final double MAX_BOUT_GAP_SEC = 180;
    /** Calm time kept after the last episode's end, seconds. */
    static final double MIN_TAIL_SEC = 60;
    /** The label of the calming intervention event placed in interrupted episodes. */
    static final String INTERVENTION_LABEL = "intervention: calming";
    /** The label of the intervention event that opens a breathing exercise ({@link ConfounderKind#PACED_BREATHING}). */
    static final String EXERCISE_LABEL = "intervention: calming, slow breathing";

    private static final double DT = 1 / GroundTruth.LATENT_RATE_HZ;
    private static final double DRIFT_LIMIT = 0.12;

    private SessionScript() {
    }

    /**
     * Scripts the session.
     *
     * @throws IllegalArgumentException when the episodes cannot fit the duration with their calm stretches
     */
    static LatentCurves write(SimulationConfig config) {
        RandomSource rnd = RandomSource.forPart(config.seed(), "script");
        int n = (int) Math.ceil(config.durationSec() * GroundTruth.LATENT_RATE_HZ) + 1;
        double[] arousal = new double[n];
        double[] vagal = new double[n];
        calmDrift(arousal, 0.04, 90, RandomSource.forPart(config.seed(), "arousal-drift"));
        calmDrift(vagal, 0.05, 120, RandomSource.forPart(config.seed(), "vagal-drift"));
        for (int i = 0; i < n; i++) {
            vagal[i] += 1;
        }
        List<EpisodeShape> shapes = fittingShapes(config, rnd);
        List<List<Integer>> blocks = blocks(config.episodes());
        double[] onsets = layOut(shapes, blocks, config, rnd);

        List<TrueEpisode> episodes = new ArrayList<>();
        List<Event> interventions = new ArrayList<>();
        List<TimeWindow> sobbing = new ArrayList<>();
        List<TimeWindow> paced = new ArrayList<>();
        List<TimeWindow> busy = new ArrayList<>();
        // what the fractionated systems miss of each episode's arousal; a stream of its own, drawn only when on
        RandomSource fractionation = RandomSource.forPart(config.seed(), "response-fractionation");
        List<ResponseFractionation> responses = new ArrayList<>();
        double[] heartMissing = new double[n];
        double[] skinMissing = new double[n];
        for (int b = 0; b < blocks.size(); b++) {
            List<Integer> block = blocks.get(b);
            for (int j = 0; j < block.size(); j++) {
                int k = block.get(j);
                EpisodeShape s = shapes.get(k);
                int first = (int) Math.round(onsets[k] * GroundTruth.LATENT_RATE_HZ);
                ResponseFractionation response = config.responseFractionation()
                        ? ResponseFractionation.draw(fractionation) : ResponseFractionation.WHOLE;
                responses.add(response);
                for (int i = 0; i < s.arousal().length && first + i < n; i++) {
                    arousal[first + i] += s.arousal()[i];
                    vagal[first + i] += s.vagal()[i];
                    heartMissing[first + i] += (1 - response.heartShare()) * s.arousal()[i];
                    skinMissing[first + i] += (1 - response.skinShare()) * s.arousal()[i];
                }
                double onset = first * DT; // on the latent grid, so the truth matches the curves exactly
                double end = onset + s.endSec();
                if (j + 1 < block.size()) {
                    // the next bout starts before this one settled: it ends where the next begins
                    double next = Math.round(onsets[block.get(j + 1)] * GroundTruth.LATENT_RATE_HZ) * DT;
                    double turned = onset + (s.outcome() == Outcome.RESOLVED ? s.releaseSec() : s.peakSec());
                    end = Math.min(end, Math.max(next, turned + 1));
                }
                episodes.add(new TrueEpisode(onset, onset + s.peakSec(), onset + s.releaseSec(), end, s.outcome(),
                        s.spec().interrupted(), s.peakArousal(), b + 1, s.riseShape(), s.rebound()));
                if (!Double.isNaN(s.interventionSec())) {
                    interventions.add(Event.at(onset + s.interventionSec(), INTERVENTION_LABEL));
                }
                for (TimeWindow w : s.sobbing()) {
                    sobbing.add(new TimeWindow(onset + w.fromSec(), onset + w.toSec()));
                }
                if (s.paced() != null) {
                    paced.add(new TimeWindow(onset + s.paced().fromSec(), onset + s.paced().toSec()));
                }
            }
            int last = block.get(block.size() - 1);
            busy.add(new TimeWindow(onsets[block.get(0)] - 90, onsets[last] + shapes.get(last).endSec() + 120));
        }
        // widened sessions: blips stay below the smallest bout (0.3), since their episodes may be as
        // brief as a blip; what else moves arousal between episodes comes from the confounders
        double blipScale = config.variety() == EpisodeVariety.WIDE ? 0.5 : 1;
        addBlips(arousal, vagal, busy, blipScale, RandomSource.forPart(config.seed(), "blips"));
        ConfounderPlan plan = ConfounderPlan.draw(config, busy, episodes, RandomSource.forPart(config.seed(), "confounders"));
        plan.addToLatent(arousal, vagal);
        for (ConfounderPlan.BreathingExercise e : plan.breathingExercises()) {
            interventions.add(Event.at(e.interventionSec(), EXERCISE_LABEL));
            paced.add(e.paced());
        }
        interventions.sort(Comparator.comparingDouble(Event::onsetSec));
        return new LatentCurves(arousal, minus(arousal, heartMissing), minus(arousal, skinMissing), vagal, episodes,
                List.copyOf(responses), interventions, sobbing, paced, plan);
    }

    /** {@code total} less {@code missing}, point by point. */
    private static double[] minus(double[] total, double[] missing) {
        double[] out = new double[total.length];
        for (int i = 0; i < total.length; i++) {
            out[i] = total[i] - missing[i];
        }
        return out;
    }

    /**
     * The episodes grouped into what is laid out as one piece: each episode on its own, or the bouts of
     * one spell (consecutive specs with the same spell number), as indices into {@code specs}.
     */
    static List<List<Integer>> blocks(List<EpisodeSpec> specs) {
        List<List<Integer>> blocks = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            int spell = specs.get(k).spell();
            boolean joins = spell > 0 && k > 0 && specs.get(k - 1).spell() == spell;
            if (joins) {
                blocks.get(blocks.size() - 1).add(k);
            } else {
                List<Integer> block = new ArrayList<>();
                block.add(k);
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * {@code shapes} with a share of the widened ones ({@link SimulationConfig#QUIET_CRYING_SHARE}) crying without
     * sobbing, drawn from a stream of their own so that every other draw stays what it was.
     */
    private static List<EpisodeShape> quietly(SimulationConfig config, List<EpisodeShape> shapes) {
        RandomSource rnd = RandomSource.forPart(config.seed(), "quiet-crying");
        List<EpisodeShape> out = new ArrayList<>();
        for (EpisodeShape s : shapes) {
            boolean quiet = rnd.chance(SimulationConfig.QUIET_CRYING_SHARE) && wide(config, s.spec());
            out.add(quiet ? s.withoutSobbing() : s);
        }
        return out;
    }

    /**
     * Draws the episodes, narrowing their duration ranges until they fit the session. When even the shortest draws do
     * not fit, the error names the length those draws need: the sum of each outcome's shortest possible episode
     * underestimates it, since parts of an episode (a release's decay, a plateau's end) are drawn whatever the spread,
     * and a spell's bouts are laid out with their longest gaps when a session is checked for room.
     */
    private static List<EpisodeShape> fittingShapes(SimulationConfig config, RandomSource rnd) {
        double spread = 1;
        double shortestNeedSec = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < 12; attempt++) {
            List<EpisodeShape> shapes = new ArrayList<>();
            for (EpisodeSpec spec : config.episodes()) {
                shapes.add(wide(config, spec) ? WideEpisodeShaper.draw(spec, rnd, spread)
                        : EpisodeShaper.draw(spec, rnd, spread));
            }
            double needSec = requiredSec(shapes, blocks(config.episodes()), MAX_BOUT_GAP_SEC);
            if (needSec <= config.durationSec()) {
                return config.quietCrying() ? quietly(config, shapes) : shapes;
            }
            shortestNeedSec = Math.min(shortestNeedSec, needSec);
            spread = attempt < 10 ? spread * 0.7 : 0;
        }
        throw new IllegalArgumentException(String.format("a session of %.1f min is too short for %d episodes"
                + " with their calm stretches (these episodes need at least %.0f min)", config.durationSec() / 60,
                config.episodes().size(), Math.ceil(shortestNeedSec / 60)));
    }

    private static boolean wide(SimulationConfig config, EpisodeSpec spec) {
        return config.variety() == EpisodeVariety.WIDE || spec.inSpell();
    }

    /**
     * Session time the episodes need: baseline, tail, calm gaps between blocks, and each block's
     * span with {@code boutGapSec} between a bout's turn and the next bout's onset.
     */
    private static double requiredSec(List<EpisodeShape> shapes, List<List<Integer>> blocks, double boutGapSec) {
        if (shapes.isEmpty()) {
            return 0;
        }
        double sum = MIN_BASELINE_SEC + MIN_TAIL_SEC + Math.max(0, blocks.size() - 1) * MIN_GAP_SEC;
        for (List<Integer> block : blocks) {
            sum += blockSpan(shapes, block, new double[block.size()], boutGapSec);
        }
        return sum;
    }

    /** Onset offsets of a block's bouts (into {@code offsets}) and the block's onset-to-end span. */
    private static double blockSpan(List<EpisodeShape> shapes, List<Integer> block, double[] offsets, double... gapsSec) {
        double t = 0;
        double end = 0;
        for (int j = 0; j < block.size(); j++) {
            EpisodeShape s = shapes.get(block.get(j));
            offsets[j] = t;
            end = Math.max(end, t + s.endSec());
            t += s.turnSec() + gapsSec[Math.min(j, gapsSec.length - 1)];
        }
        return end;
    }

    /**
     * Onsets: the gaps inside spells are drawn (1-3 min after each bout turned), then the spare time is
     * shared at random between the baseline, the gaps between blocks and the tail.
     */
    private static double[] layOut(List<EpisodeShape> shapes, List<List<Integer>> blocks, SimulationConfig config,
                                   RandomSource rnd) {
        RandomSource gapRnd = RandomSource.forPart(config.seed(), "bout-gaps");
        List<double[]> offsets = new ArrayList<>();
        double[] spans = new double[blocks.size()];
        double needed = MIN_BASELINE_SEC + MIN_TAIL_SEC + Math.max(0, blocks.size() - 1) * MIN_GAP_SEC;
        for (int b = 0; b < blocks.size(); b++) {
            List<Integer> block = blocks.get(b);
            double[] gaps = new double[block.size()];
            for (int j = 0; j + 1 < block.size(); j++) {
                gaps[j] = gapRnd.uniform(MIN_BOUT_GAP_SEC, MAX_BOUT_GAP_SEC);
            }
            double[] at = new double[block.size()];
            spans[b] = blockSpan(shapes, block, at, gaps);
            offsets.add(at);
            needed += spans[b];
        }
        double spare = Math.max(0, config.durationSec() - needed);
        double[] weights = new double[blocks.size() + 1];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.uniform(0.2, 1);
            total += weights[i];
        }
        double[] onsets = new double[shapes.size()];
        double t = MIN_BASELINE_SEC;
        for (int b = 0; b < blocks.size(); b++) {
            t += spare * weights[b] / total;
            for (int j = 0; j < blocks.get(b).size(); j++) {
                onsets[blocks.get(b).get(j)] = t + offsets.get(b)[j];
            }
            t += spans[b] + MIN_GAP_SEC;
        }
        return onsets;
    }

    /** Ornstein-Uhlenbeck drift with this stationary spread and time constant, soft-limited. */
    private static void calmDrift(double[] curve, double sd, double tauSec, RandomSource rnd) {
        double x = sd * rnd.gaussian();
        double kick = sd * Math.sqrt(2 * DT / tauSec);
        for (int i = 0; i < curve.length; i++) {
            x += -x * DT / tauSec + kick * rnd.gaussian();
            curve[i] += DRIFT_LIMIT * Math.tanh(x / DRIFT_LIMIT);
        }
    }

    /** Brief arousal blips (15-50 s, 0.1-0.3 times {@code scale}) about every 4 minutes, away from the episodes. */
    private static void addBlips(double[] arousal, double[] vagal, List<TimeWindow> busy, double scale,
                                 RandomSource rnd) {
        double end = (arousal.length - 1) * DT;
        double t = rnd.exponential(240);
        while (t < end) {
            double length = rnd.uniform(15, 50);
            double height = scale * rnd.uniform(0.1, 0.3);
            double from = t;
            boolean clear = busy.stream().noneMatch(w -> w.overlaps(from, from + length));
            if (clear) {
                int i0 = (int) Math.ceil(from / DT);
                for (int i = i0; i < arousal.length && i * DT < from + length; i++) {
                    double s = Math.sin(Math.PI * (i * DT - from) / length);
                    arousal[i] += height * s * s;
                    vagal[i] -= 0.3 * height * s * s;
                }
            }
            t += length + rnd.exponential(240);
        }
    }
}
