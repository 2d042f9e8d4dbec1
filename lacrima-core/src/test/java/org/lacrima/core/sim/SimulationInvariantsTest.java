package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/** Invariants that must hold for any seed, episode mix and sampling rates. */
class SimulationInvariantsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 24);
    }

    /** A random but valid configuration for this seed: episodes, rates, noise, channels. */
    private static SimulationConfig randomConfig(long seed) {
        Random rnd = new Random(seed);
        List<EpisodeSpec> episodes = new ArrayList<>();
        int count = rnd.nextInt(4);
        for (int i = 0; i < count; i++) {
            Outcome o = Outcome.values()[rnd.nextInt(3)];
            episodes.add(new EpisodeSpec(o, o == Outcome.SUBSIDED && rnd.nextBoolean()));
        }
        SimulationConfig cfg = SimulationConfig.defaults().withSeed(seed).withEpisodes(episodes)
                .withDurationSec((15 + 12 * count + rnd.nextInt(10)) * 60.0)
                .withNoiseLevel(rnd.nextDouble() * 1.5)
                .withAcc(rnd.nextBoolean())
                .withMainsHumHz(rnd.nextBoolean() ? 50 : 60)
                .withEctopicBeatsPerHour(rnd.nextBoolean() ? 0 : rnd.nextInt(200));
        for (ChannelType type : List.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP, ChannelType.ACC)) {
            double[] choices = type == ChannelType.ECG ? new double[] {128, 200, 250, 256, 360}
                    : new double[] {4, 10, 25.6, 32, 64, 100};
            cfg = cfg.withRateHz(type, choices[rnd.nextInt(choices.length)]);
        }
        return cfg;
    }

    @ParameterizedTest(name = "{0} s")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.5, 1, 5, 61})
    void tinySessionsWithoutEpisodesStillHaveEveryChannel(double durationSec) {
        SimulationConfig cfg = SimulationConfig.defaults().withDurationSec(durationSec).withOutcomes().withAcc(true);
        SimulatedSession s = SessionSimulator.simulate(cfg);

        assertThat(s.recording().channels()).hasSize(7);
        for (Channel c : s.recording().channels()) {
            assertThat(c.length()).isEqualTo((int) Math.floor(durationSec * c.rateHz() + 1e-9));
        }
        assertThat(s.truth().beatTimesSec().length()).isLessThanOrEqualTo((int) (durationSec / 0.3) + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySimulationKeepsItsInvariants(long seed) {
        SimulationConfig cfg = randomConfig(seed);
        SimulatedSession s = SessionSimulator.simulate(cfg);
        GroundTruth truth = s.truth();

        // rates and lengths honoured, every configured channel present
        Set<ChannelType> seen = EnumSet.noneOf(ChannelType.class);
        for (Channel c : s.recording().channels()) {
            seen.add(c.type());
            assertThat(c.rateHz()).isEqualTo(cfg.rateHz(c.type()));
            assertThat(c.length()).isEqualTo((int) Math.floor(cfg.durationSec() * c.rateHz() + 1e-9));
            assertThat(countWhere(c, x -> !Double.isFinite(x))).as("non-finite samples in " + c.label()).isZero();
        }
        assertThat(seen).isEqualTo(cfg.channels());

        // beat intervals physiological
        Samples beats = truth.beatTimesSec();
        for (int i = 1; i < beats.length(); i++) {
            assertThat(beats.get(i) - beats.get(i - 1)).isBetween(0.3, 2.0);
        }
        assertThat(beats.get(beats.length() - 1)).isLessThan(cfg.durationSec());

        // ectopic beats: a subset of the beats, about as many as asked for, marked "V" in the reference beats
        Samples ectopic = truth.ectopicBeatTimesSec();
        double expectedEctopic = cfg.ectopicBeatsPerHour() * cfg.durationSec() / 3600;
        assertThat((double) ectopic.length()).isCloseTo(expectedEctopic,
                org.assertj.core.api.Assertions.within(4 * Math.sqrt(expectedEctopic) + 3));
        List<BeatAnnotation> reference = s.recording().referenceBeats();
        assertThat(reference).hasSize(beats.length());
        int v = 0;
        for (int i = 0; i < reference.size(); i++) {
            assertThat(reference.get(i).timeSec()).isEqualTo(beats.get(i));
            if (reference.get(i).symbol().equals("V")) {
                assertThat(reference.get(i).timeSec()).isEqualTo(ectopic.get(v++));
            } else {
                assertThat(reference.get(i).symbol()).isEqualTo("N");
            }
        }
        assertThat(v).isEqualTo(ectopic.length());

        // skin conductance positive
        Channel eda = s.recording().firstChannel(ChannelType.EDA).orElseThrow();
        assertThat(countWhere(eda, x -> !(x > 0))).as("EDA samples not positive").isZero();

        // episodes ordered, in the configured order, separated by calm stretches after a baseline
        List<TrueEpisode> episodes = truth.episodes();
        assertThat(episodes).extracting(TrueEpisode::outcome)
                .containsExactlyElementsOf(cfg.episodes().stream().map(EpisodeSpec::outcome).toList());
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (TrueEpisode e : episodes) {
            assertThat(e.onsetSec()).isLessThan(e.peakSec());
            assertThat(e.peakSec()).isLessThan(e.endSec());
            assertThat(e.endSec()).isLessThanOrEqualTo(cfg.durationSec());
            assertThat(e.hasRelease()).isEqualTo(e.outcome() == Outcome.RESOLVED);
            if (e.hasRelease()) {
                assertThat(e.peakSec()).isLessThanOrEqualTo(e.releaseSec());
                assertThat(e.releaseSec()).isLessThan(e.endSec());
                assertThat(e.releaseSec() - e.peakSec()).isLessThanOrEqualTo(30);
            }
            assertThat(e.peakSec() - e.onsetSec()).as("build-up length").isBetween(89.0, 361.0);
            assertThat(e.onsetSec()).isGreaterThanOrEqualTo(Math.max(180, previousEnd + 180));
            previousEnd = e.endSec();
        }
        long interrupted = episodes.stream().filter(TrueEpisode::interrupted).count();
        assertThat(s.recording().events()).hasSize((int) interrupted);

        // SCRs and breaths ordered and physiological
        double previousOnset = -1;
        for (Scr scr : truth.scrs()) {
            assertThat(scr.onsetSec()).isGreaterThanOrEqualTo(previousOnset);
            assertThat(scr.riseTimeSec()).isBetween(0.5, 5.0);
            assertThat(scr.amplitudeMicrosiemens()).isBetween(0.01, 3.0);
            assertThat(scr.halfRecoverySec()).isBetween(1.0, 15.0);
            previousOnset = scr.onsetSec();
        }
        Samples breaths = truth.breathOnsetsSec();
        for (int i = 1; i < breaths.length(); i++) {
            assertThat(breaths.get(i) - breaths.get(i - 1)).isBetween(0.5, 12.0);
        }
        assertThat(truth.arousal().length()).isEqualTo(truth.vagalTone().length());
        assertThat(truth.arousal().timeOfSec(truth.arousal().length() - 1)).isCloseTo(cfg.durationSec(),
                org.assertj.core.api.Assertions.within(0.5));
    }

    private static int countWhere(Channel c, java.util.function.DoublePredicate test) {
        int n = 0;
        for (int i = 0; i < c.length(); i++) {
            if (test.test(c.values().get(i))) {
                n++;
            }
        }
        return n;
    }
}
