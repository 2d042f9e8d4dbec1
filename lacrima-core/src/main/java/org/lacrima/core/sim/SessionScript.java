package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Event;

/**
 * Writes the latent course of a session: a calm background with ordinary fluctuation, and the
 * scripted episodes placed without overlap after a calm baseline.
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
    /** Calm time kept after the last episode's end, seconds. */
    static final double MIN_TAIL_SEC = 60;
    /** The label of the calming intervention event placed in interrupted episodes. */
    static final String INTERVENTION_LABEL = "intervention: calming";

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
        double[] onsets = layOut(shapes, config.durationSec(), rnd);

        List<TrueEpisode> episodes = new ArrayList<>();
        List<Event> interventions = new ArrayList<>();
        List<TimeWindow> sobbing = new ArrayList<>();
        List<TimeWindow> busy = new ArrayList<>();
        for (int k = 0; k < shapes.size(); k++) {
            EpisodeShape s = shapes.get(k);
            double on = onsets[k];
            int first = (int) Math.round(on * GroundTruth.LATENT_RATE_HZ);
            for (int j = 0; j < s.arousal().length && first + j < n; j++) {
                arousal[first + j] += s.arousal()[j];
                vagal[first + j] += s.vagal()[j];
            }
            double onset = first * DT; // on the latent grid, so the truth matches the curves exactly
            episodes.add(new TrueEpisode(onset, onset + s.peakSec(), onset + s.releaseSec(), onset + s.endSec(),
                    s.outcome(), s.spec().interrupted(), s.peakArousal()));
            if (!Double.isNaN(s.interventionSec())) {
                interventions.add(Event.at(onset + s.interventionSec(), INTERVENTION_LABEL));
            }
            if (s.sobbing() != null) {
                sobbing.add(new TimeWindow(onset + s.sobbing().fromSec(), onset + s.sobbing().toSec()));
            }
            busy.add(new TimeWindow(onset - 90, onset + s.endSec() + 120));
        }
        addBlips(arousal, vagal, busy, RandomSource.forPart(config.seed(), "blips"));
        return new LatentCurves(arousal, vagal, episodes, interventions, sobbing);
    }

    /** Draws the episodes, narrowing their duration ranges until they fit the session. */
    private static List<EpisodeShape> fittingShapes(SimulationConfig config, RandomSource rnd) {
        double spread = 1;
        for (int attempt = 0; attempt < 12; attempt++) {
            List<EpisodeShape> shapes = new ArrayList<>();
            for (EpisodeSpec spec : config.episodes()) {
                shapes.add(EpisodeShaper.draw(spec, rnd, spread));
            }
            if (requiredSec(shapes) <= config.durationSec()) {
                return shapes;
            }
            spread = attempt < 10 ? spread * 0.7 : 0;
        }
        double minimum = MIN_BASELINE_SEC + MIN_TAIL_SEC + Math.max(0, config.episodes().size() - 1) * MIN_GAP_SEC
                + config.episodes().stream().mapToDouble(e -> EpisodeShaper.minimumLengthSec(e.outcome())).sum();
        throw new IllegalArgumentException(String.format("a session of %.1f min is too short for %d episodes"
                + " with their calm stretches (needs about %.0f min)", config.durationSec() / 60,
                config.episodes().size(), Math.ceil(minimum / 60)));
    }

    private static double requiredSec(List<EpisodeShape> shapes) {
        if (shapes.isEmpty()) {
            return 0;
        }
        double sum = MIN_BASELINE_SEC + MIN_TAIL_SEC + Math.max(0, shapes.size() - 1) * MIN_GAP_SEC;
        for (EpisodeShape s : shapes) {
            sum += s.endSec();
        }
        return sum;
    }

    /** Onsets: the spare time is shared at random between the baseline, the gaps and the tail. */
    private static double[] layOut(List<EpisodeShape> shapes, double durationSec, RandomSource rnd) {
        double spare = Math.max(0, durationSec - requiredSec(shapes));
        double[] weights = new double[shapes.size() + 1];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.uniform(0.2, 1);
            total += weights[i];
        }
        double[] onsets = new double[shapes.size()];
        double t = MIN_BASELINE_SEC;
        for (int k = 0; k < shapes.size(); k++) {
            t += spare * weights[k] / total;
            onsets[k] = t;
            t += shapes.get(k).endSec() + MIN_GAP_SEC;
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

    /** Brief arousal blips (15-50 s, 0.1-0.3) about every 4 minutes, away from the episodes. */
    private static void addBlips(double[] arousal, double[] vagal, List<TimeWindow> busy, RandomSource rnd) {
        double end = (arousal.length - 1) * DT;
        double t = rnd.exponential(240);
        while (t < end) {
            double length = rnd.uniform(15, 50);
            double height = rnd.uniform(0.1, 0.3);
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
