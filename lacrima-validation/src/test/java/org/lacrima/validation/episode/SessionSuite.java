package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;

/** The simulated sessions of the acceptance suite, and running them in parallel. */
final class SessionSuite {
    private static final String[] SUBSETS = {"all", "ECG+EDA", "ECG", "EDA", "RR", "PPG", "ECG+RSP", "PPG+EDA"};
    private static final double[] NOISE = {0.1, 0.3, 0.6, 1.0};
    private static final double[] ECG_HZ = {128, 250, 500, 1000};
    private static final double[] EDA_HZ = {4, 16, 32, 256};
    private static final double[] RSP_HZ = {10, 25, 50, 100};
    private static final double[] PPG_HZ = {64, 128, 256, 500};

    private SessionSuite() {
    }

    /** A session with 0-5 episodes of random outcomes, 20-90 minutes, rates, noise and subset varied by seed. */
    static SessionCase varied(long seed, int episodes, double timeStretch, double edaScale) {
        Random r = new Random(seed * 7919);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            outcomes.add(Outcome.values()[r.nextInt(3)]);
        }
        double minutes = Math.min(90, Math.max(20, 9 + 13 * episodes + r.nextInt(12)));
        // Rates drawn independently of the channel subset, so no subset is tied to one rate.
        int ecg = r.nextInt(4);
        int eda = r.nextInt(4);
        int rsp = r.nextInt(4);
        int ppg = r.nextInt(4);
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(minutes * 60)
                .withEpisodes(SessionCase.specs(outcomes, seed))
                .withNoiseLevel(NOISE[r.nextInt(NOISE.length)])
                .withRateHz(ChannelType.ECG, ECG_HZ[ecg]).withRateHz(ChannelType.EDA, EDA_HZ[eda])
                .withRateHz(ChannelType.RSP, RSP_HZ[rsp]).withRateHz(ChannelType.PPG, PPG_HZ[ppg])
                .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP));
        String subset = SUBSETS[(int) (seed % SUBSETS.length)];
        String name = String.format("seed %d, %.0f min, %s, noise %.1f, ECG %.0f Hz, PPG %.0f Hz, EDA %.0f Hz%s", seed,
                minutes, subset, config.noiseLevel(), ECG_HZ[ecg], PPG_HZ[ppg], EDA_HZ[eda],
                timeStretch != 1 || edaScale != 1 ? String.format(", time x%.2f, EDA x%.1f", timeStretch, edaScale) : "");
        return new SessionCase(name, config, subset, timeStretch, edaScale);
    }

    /** The outcome of one case. */
    record CaseResult(SessionCase sessionCase, List<TrueEpisode> truth, SessionAnalysis analysis, EpisodeScore score) {
    }

    static CaseResult run(SessionCase c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        SessionAnalysis analysis = new SessionAnalyzer().analyze(c.recording(session));
        List<TrueEpisode> truth = c.truth(session);
        EpisodeScore score = new EpisodeScore();
        score.add(truth, analysis.episodes());
        return new CaseResult(c, truth, analysis, score);
    }

    /** Runs the cases on all cores, in order. */
    static List<CaseResult> runAll(List<SessionCase> cases) {
        return Parallel.map(cases, SessionSuite::run);
    }

    /** One line per session: truth and what was found. */
    static String describe(CaseResult r) {
        StringBuilder sb = new StringBuilder(r.sessionCase().name()).append('\n');
        for (TrueEpisode t : r.truth()) {
            sb.append(String.format("    true  onset %6.0f peak %6.0f end %6.0f %-9s%s%n", t.onsetSec(), t.peakSec(),
                    t.endSec(), t.outcome().jsonName(), t.interrupted() ? " interrupted" : ""));
        }
        r.analysis().episodes().forEach(e -> sb.append(String.format(
                "    found onset %6.0f peak %6.0f end %6.0f %-9s%s conf %.2f gone60 %.2f rebound %.2f post %.2f%n",
                e.onsetSec(), e.peakSec(), e.endSec(), e.outcome().jsonName(), e.interrupted() ? " interrupted" : "",
                e.confidence(), e.metrics().excessGoneFraction60s(), e.metrics().vagalReboundSize(),
                e.metrics().postMinusPreLevel())));
        return sb.toString();
    }
}
