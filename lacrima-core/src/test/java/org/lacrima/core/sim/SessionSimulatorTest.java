package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacrima.core.sim.WindowMeasures.heartRateBpm;
import static org.lacrima.core.sim.WindowMeasures.mean;
import static org.lacrima.core.sim.WindowMeasures.rmssdMs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;

class SessionSimulatorTest {

    private static SimulatedSession simulate(long seed, double minutes, Outcome... outcomes) {
        return SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(minutes * 60).withOutcomes(outcomes));
    }

    @ParameterizedTest(name = "ECG at {0} Hz")
    @ValueSource(doubles = {500, 250, 128, 1000})
    void everyTruthBeatSitsOnAnRWaveMaximum(double rateHz) {
        SimulatedSession s = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(11)
                .withDurationSec(12 * 60).withOutcomes(Outcome.RESOLVED).withNoiseLevel(0.05)
                .withRateHz(ChannelType.ECG, rateHz).withEctopicBeatsPerHour(120));
        Channel ecg = s.recording().firstChannel(ChannelType.ECG).orElseThrow();
        Samples beats = s.truth().beatTimesSec();
        int halfWindow = (int) Math.ceil(0.05 * rateHz); // search the R wave ±50 ms around the truth

        assertThat(beats.length()).isGreaterThan(12 * 50);
        assertThat(s.truth().ectopicBeatTimesSec().length()).as("ectopic beats are covered too").isGreaterThan(5);
        for (int k = 0; k < beats.length(); k++) {
            int centre = (int) Math.round(beats.get(k) * rateHz);
            int best = -1;
            for (int i = Math.max(0, centre - halfWindow); i <= Math.min(ecg.length() - 1, centre + halfWindow); i++) {
                if (best < 0 || ecg.values().get(i) > ecg.values().get(best)) {
                    best = i;
                }
            }
            assertThat(Math.abs(ecg.timeOfSec(best) - beats.get(k)))
                    .as("beat %d at %.3f s", k, beats.get(k)).isLessThanOrEqualTo(0.010);
            assertThat(ecg.values().get(best)).as("R amplitude of beat %d", k).isGreaterThan(0.8);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void resolvedEpisodeRisesThenDropsWithVagalRebound(long seed) {
        SimulatedSession s = simulate(seed, 14, Outcome.RESOLVED);
        TrueEpisode e = s.truth().episodes().get(0);
        Samples beats = s.truth().beatTimesSec();
        Channel eda = s.recording().firstChannel(ChannelType.EDA).orElseThrow();
        double beforeFrom = e.onsetSec() - 90;
        double topFrom = e.peakSec() - 20;
        double topTo = e.releaseSec() + 5;
        double afterFrom = e.endSec();
        double afterTo = e.endSec() + 60;

        double hrBefore = heartRateBpm(beats, beforeFrom, e.onsetSec());
        double hrTop = heartRateBpm(beats, topFrom, topTo);
        double hrAfter = heartRateBpm(beats, afterFrom, afterTo);
        assertThat(hrTop).as("HR rises across the build-up").isGreaterThan(hrBefore + 6);
        assertThat(hrAfter).as("HR falls across the release").isLessThan(hrTop - 6);

        double sclBefore = mean(eda, beforeFrom, e.onsetSec());
        double sclTop = mean(eda, topFrom, topTo);
        double sclAfter = mean(eda, e.endSec() + 30, e.endSec() + 90);
        assertThat(sclTop).as("SCL rises across the build-up").isGreaterThan(sclBefore + 0.5);
        assertThat(sclAfter).as("SCL falls after the release").isLessThan(sclTop - 0.3);

        double rsaBefore = rmssdMs(beats, e.onsetSec() - 120, e.onsetSec());
        double rsaAfter = rmssdMs(beats, e.releaseSec() + 30, e.releaseSec() + 150);
        assertThat(rsaAfter).as("RSA (RMSSD) rebounds above its pre-episode level").isGreaterThan(rsaBefore * 1.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sustainedEpisodeStaysHighThroughItsPlateau(long seed) {
        SimulatedSession s = simulate(seed, 30, Outcome.SUSTAINED);
        TrueEpisode e = s.truth().episodes().get(0);
        Samples beats = s.truth().beatTimesSec();
        Channel eda = s.recording().firstChannel(ChannelType.EDA).orElseThrow();
        double hrBefore = heartRateBpm(beats, e.onsetSec() - 90, e.onsetSec());
        double sclBefore = mean(eda, e.onsetSec() - 90, e.onsetSec());

        assertThat(e.releaseSec()).isNaN();
        // the plateau lasts at least 4.5 min past the peak: every 30 s window of it stays high
        for (double t = e.peakSec(); t + 30 <= e.peakSec() + 270; t += 30) {
            assertThat(heartRateBpm(beats, t, t + 30)).as("HR at %.0f s", t).isGreaterThan(hrBefore + 5);
            assertThat(mean(eda, t, t + 30)).as("SCL at %.0f s", t).isGreaterThan(sclBefore + 0.4);
            assertThat(latentMean(s.truth().arousal(), t, t + 30)).isGreaterThan(0.5);
            assertThat(latentMean(s.truth().vagalTone(), t, t + 30)).as("no vagal rebound").isLessThan(0.9);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void episodeFreeSessionHasNoRaisedStretchLongerThanAMinute(long seed) {
        SimulatedSession s = simulate(seed, 45);
        RegularSeries arousal = s.truth().arousal();

        assertThat(s.truth().episodes()).isEmpty();
        assertThat(longestRunAboveSec(arousal, GroundTruth.RAISED_AROUSAL)).isLessThan(60);
        assertThat(longestRunAboveSec(arousal, 0.05)).as("but it does fluctuate").isGreaterThan(5);
    }

    @Test
    void sameSeedGivesIdenticalSamplesAndDifferentSeedsDiffer() {
        SimulationConfig cfg = SimulationConfig.defaults().withSeed(42).withDurationSec(25 * 60).withAcc(true)
                .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED);
        SimulatedSession a = SessionSimulator.simulate(cfg);
        SimulatedSession b = SessionSimulator.simulate(cfg);
        SimulatedSession c = SessionSimulator.simulate(cfg.withSeed(43));

        assertThat(b.recording()).isEqualTo(a.recording());
        assertThat(b.truth()).isEqualTo(a.truth());
        for (int i = 0; i < a.recording().channels().size(); i++) {
            assertThat(c.recording().channels().get(i).values())
                    .as(a.recording().channels().get(i).label()).isNotEqualTo(a.recording().channels().get(i).values());
        }
    }

    @Test
    void leavingOutAChannelDoesNotChangeTheOthers() {
        SimulationConfig all = SimulationConfig.defaults().withSeed(5).withDurationSec(30 * 60).withAcc(true);
        Recording full = SessionSimulator.simulate(all).recording();
        Recording ecgOnly = SessionSimulator.simulate(all.withChannels(java.util.Set.of(ChannelType.ECG))).recording();

        assertThat(ecgOnly.channels()).hasSize(1);
        assertThat(ecgOnly.channels().get(0)).isEqualTo(full.firstChannel(ChannelType.ECG).orElseThrow());
    }

    @Test
    void interruptedSubsidedEpisodeCarriesAnInterventionBeforeItsPeak() {
        SimulatedSession s = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3)
                .withDurationSec(20 * 60).withEpisodes(List.of(new EpisodeSpec(Outcome.SUBSIDED, true))));
        TrueEpisode e = s.truth().episodes().get(0);

        assertThat(e.interrupted()).isTrue();
        assertThat(s.recording().events()).singleElement().satisfies(ev -> {
            assertThat(ev.label()).isEqualTo("intervention: calming");
            assertThat(ev.onsetSec()).isBetween(e.onsetSec(), e.peakSec());
        });
        assertThat(s.recording().metadata().source()).isEqualTo("simulator");
        assertThat(s.recording().metadata().subjectCode()).isEqualTo("SIM-3");
    }

    @Test
    void dropoutsFlattenTheirChannelOnly() {
        SimulatedSession s = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(9).withDurationSec(10 * 60)
                .withOutcomes().withDropout(new Dropout(ChannelType.EDA, 100, 130)));
        Channel eda = s.recording().firstChannel(ChannelType.EDA).orElseThrow();
        Channel ecg = s.recording().firstChannel(ChannelType.ECG).orElseThrow();

        Channel gap = eda.slice(100, 130);
        for (int i = 0; i < gap.length(); i++) {
            assertThat(gap.values().get(i)).isZero();
        }
        assertThat(mean(eda, 60, 100)).isPositive();
        assertThat(Math.abs(mean(ecg, 100, 130))).isPositive();
    }

    @ParameterizedTest(name = "{0} Hz mains at ECG {1} Hz")
    @org.junit.jupiter.params.provider.CsvSource({"50, 500", "60, 360", "50, 100"})
    void mainsHumIsASteadySinusoidAboveTwiceItsFrequencyOnly(double mainsHz, double ecgHz) {
        SimulationConfig cfg = SimulationConfig.defaults().withSeed(21).withDurationSec(5 * 60).withOutcomes()
                .withNoiseLevel(0.5).withRateHz(ChannelType.ECG, ecgHz);
        Samples with = SessionSimulator.simulate(cfg.withMainsHumHz(mainsHz)).recording()
                .firstChannel(ChannelType.ECG).orElseThrow().values();
        Samples without = SessionSimulator.simulate(cfg.withMainsHumHz(0)).recording()
                .firstChannel(ChannelType.ECG).orElseThrow().values();

        double largest = 0;
        int period = (int) Math.round(ecgHz / mainsHz);
        for (int i = 0; i < with.length(); i++) {
            double hum = with.get(i) - without.get(i);
            largest = Math.max(largest, Math.abs(hum));
            if (i + period < with.length()) {
                assertThat(with.get(i + period) - without.get(i + period)).isCloseTo(hum,
                        org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        double amplitudeMv = ecgHz > 2 * mainsHz ? 0.01 + 0.04 * 0.5 : 0;
        // sampled {period} times a cycle at the hum's own phase, the largest sample is within half a sample's phase of
        // a crest: at least cos(π / period) of the amplitude, never more
        assertThat(largest).isBetween(amplitudeMv * Math.cos(Math.PI / period) - 1e-9, amplitudeMv + 1e-9);
    }

    @Test
    void movementsCorruptEdaAndPpgOnlyWhileTheyLastAndShowOnTheAccelerometer() {
        SimulationConfig cfg = SimulationConfig.defaults().withSeed(17).withDurationSec(30 * 60).withOutcomes()
                .withNoiseLevel(1).withAcc(true);
        SimulatedSession moving = SessionSimulator.simulate(cfg);
        SimulatedSession still = SessionSimulator.simulate(cfg.withMotionArtefacts(false));
        List<MotionArtefact> movements = moving.truth().motionArtefacts();

        assertThat(movements).hasSizeGreaterThan(3);
        assertThat(still.truth().motionArtefacts()).isEmpty();
        for (ChannelType type : List.of(ChannelType.EDA, ChannelType.PPG)) {
            Channel a = moving.recording().firstChannel(type).orElseThrow();
            Channel b = still.recording().firstChannel(type).orElseThrow();
            int changed = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.values().get(i) != b.values().get(i)) {
                    double t = a.timeOfSec(i);
                    // EDA settles for up to 5 time constants (<= 25 s) after the movement
                    assertThat(movements).as("%s differs at %.2f s", type, t)
                            .anyMatch(m -> t >= m.onsetSec() - 0.1 && t <= m.endSec() + 25);
                    changed++;
                }
            }
            assertThat(changed).as(type + " samples changed by movements").isPositive();
        }
        Channel accX = moving.recording().channel("ACC_X").orElseThrow();
        for (MotionArtefact m : movements) {
            Channel during = accX.slice(m.onsetSec() + m.durationSec() * 0.25, m.endSec() - m.durationSec() * 0.25);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < during.length(); i++) {
                min = Math.min(min, during.values().get(i));
                max = Math.max(max, during.values().get(i));
            }
            assertThat(max - min).as("ACC_X swing during the movement at %.0f s", m.onsetSec())
                    .isGreaterThan(0.02 * m.intensityG());
        }
    }

    private static double latentMean(RegularSeries series, double fromSec, double toSec) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < series.length(); i++) {
            double t = series.timeOfSec(i);
            if (t >= fromSec && t < toSec) {
                sum += series.values().get(i);
                n++;
            }
        }
        return sum / n;
    }

    private static double longestRunAboveSec(RegularSeries series, double level) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < series.length(); i++) {
            run = series.values().get(i) > level ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest / series.rateHz();
    }
}
