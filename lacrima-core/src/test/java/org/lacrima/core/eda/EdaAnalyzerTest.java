package org.lacrima.core.eda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

class EdaAnalyzerTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flat", "clipped", "nan", "twoSeconds", "empty", "negative"})
    void badChannelsGiveGapsAndWarningsNeverAnException(String defect) {
        double rate = 32;
        double[] x = SyntheticEda.generate(3, rate, 300, 0.002).channel().values().toArray();
        switch (defect) {
            case "flat" -> Arrays.fill(x, 4.0);
            case "clipped" -> {
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.min(x[i], 0.5 * (x[i] + Arrays.stream(x).max().orElseThrow()));
                }
                Arrays.fill(x, (int) (100 * rate), (int) (102 * rate), Arrays.stream(x).max().orElseThrow());
            }
            case "nan" -> Arrays.fill(x, Double.NaN);
            case "twoSeconds" -> x = Arrays.copyOf(x, (int) (2 * rate));
            case "empty" -> x = new double[0];
            case "negative" -> Arrays.fill(x, (int) (50 * rate), (int) (80 * rate), -1.0);
            default -> throw new IllegalArgumentException(defect);
        }
        Channel ch = Channel.regular("EDA", ChannelType.EDA, "uS", rate, 0, Samples.wrap(x));

        EdaResult r = new EdaAnalyzer().analyze(ch);

        assertThat(r.warnings()).isNotEmpty();
        assertThat(r.quality().bad()).isNotEmpty();
        for (RegularSeries s : r.gridSeries()) {
            assertThat(s.length()).isEqualTo((int) Math.ceil(x.length / rate * 4 - 1e-9));
            double badT = r.quality().bad().get(0).startSec() + 0.01;
            int i = (int) Math.ceil((badT - s.startSec()) * s.rateHz());
            if (i < s.length()) {
                assertThat(s.values().get(i)).as(s.name() + " in the bad stretch").isNaN();
            }
        }
        r.scrs().forEach(scr -> assertThat(r.quality().isGood(scr.onsetSec(), scr.peakSec())).isTrue());
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {4, 32, 250})
    void growingSignalGivesTheSameResultsAwayFromTheEdge(double rate) {
        Channel whole = SyntheticEda.generate(21, rate, 900, 0.002).channel();
        EdaAnalyzer analyzer = new EdaAnalyzer(rate <= 8 ? EdaConfig.wrist() : EdaConfig.defaults());
        EdaResult full = analyzer.analyze(whole);

        for (double cut : new double[] {200, 451.3, 700}) {
            EdaResult prefix = analyzer.analyze(whole.slice(0, cut));
            double settled = cut - analyzer.lookAheadSec();
            List<Scr> early = prefix.scrs().stream().filter(s -> s.peakSec() < settled).toList();
            List<Scr> expected = full.scrs().stream().filter(s -> s.peakSec() < settled).toList();
            assertThat(early).hasSameSizeAs(expected);
            for (int k = 0; k < early.size(); k++) {
                assertThat(early.get(k).onsetSec()).isEqualTo(expected.get(k).onsetSec());
                assertThat(early.get(k).amplitudeMicrosiemens())
                        .isCloseTo(expected.get(k).amplitudeMicrosiemens(), within(1e-9));
            }
            for (int i = 0; i < prefix.scl().length() && prefix.scl().timeOfSec(i) < settled; i++) {
                assertThat(prefix.scl().values().get(i)).isCloseTo(full.scl().values().get(i), within(1e-9));
                assertThat(prefix.scrRate().values().get(i)).isCloseTo(full.scrRate().values().get(i), within(1e-9));
            }
        }
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {4, 32, 250})
    void aWindowCutAnywhereGivesTheWholeFileResultsAwayFromItsEdges(double rate) {
        Channel whole = SyntheticEda.generate(22, rate, 900, 0.002).channel();
        EdaAnalyzer analyzer = new EdaAnalyzer(rate <= 8 ? EdaConfig.wrist() : EdaConfig.defaults());
        EdaResult full = analyzer.analyze(whole);
        Random rnd = new Random(Double.doubleToLongBits(rate));

        for (int k = 0; k < 3; k++) {
            double from = 50 + rnd.nextDouble() * 300;
            double to = from + 200 + rnd.nextDouble() * 300;
            EdaResult part = analyzer.analyze(whole.slice(from, to));
            // the same margin the live analysis keeps before (60 s) and after (lookAheadSec) a block
            double settledFrom = from + 60;
            double settledTo = to - analyzer.lookAheadSec();
            List<Scr> inPart = part.scrs().stream()
                    .filter(s -> s.onsetSec() >= settledFrom && s.peakSec() < settledTo).toList();
            List<Scr> inFull = full.scrs().stream()
                    .filter(s -> s.onsetSec() >= settledFrom && s.peakSec() < settledTo).toList();
            // equal up to rounding: running sums start at different samples
            assertThat(inPart).hasSameSizeAs(inFull);
            for (int i = 0; i < inPart.size(); i++) {
                assertThat(inPart.get(i).onsetSec()).isCloseTo(inFull.get(i).onsetSec(), within(1e-6));
                assertThat(inPart.get(i).amplitudeMicrosiemens())
                        .isCloseTo(inFull.get(i).amplitudeMicrosiemens(), within(1e-9));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33})
    void sclFollowsTheTonicLevelAndScrRateCountsResponses(long seed) {
        SyntheticEda sim = SyntheticEda.generate(seed, 16, 1200, 0.002);

        EdaResult r = new EdaAnalyzer().analyze(sim.channel());

        double[] raw = sim.channel().values().toArray();
        for (int i = 40; i < r.scl().length() - 40; i += 40) {
            double t = r.scl().timeOfSec(i);
            // the tonic level lies under the signal: never above it by more than noise, rarely far below
            assertThat(r.scl().values().get(i)).isLessThanOrEqualTo(raw[(int) (t * 16)] + 0.05);
        }
        double meanRate = Arrays.stream(r.scrRate().values().toArray()).filter(v -> !Double.isNaN(v)).average().orElseThrow();
        double trueRate = sim.onsetsSec().length / 20.0;
        assertThat(meanRate).isCloseTo(trueRate, within(0.25 * trueRate));
        r.scrs().forEach(s -> {
            assertThat(s.riseTimeSec()).isBetween(0.0, ScrDetector.MAX_RISE_SEC);
            assertThat(s.amplitudeMicrosiemens()).isGreaterThanOrEqualTo(0.01);
        });
        long withRecovery = r.scrs().stream().filter(s -> !Double.isNaN(s.halfRecoverySec())).count();
        assertThat(withRecovery).isPositive();
    }

    /**
     * Electrodes that lost contact read 0 µS: those samples hold the last plausible level before the low-pass and the
     * tonic split, so the skin conductance level beside the stretch keeps its value instead of sagging toward zero
     * (seeded levels, 4 and 32 Hz, losses of 20-120 s).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aLostContactDoesNotPullTheLevelBesideIt(long seed) {
        java.util.Random random = new java.util.Random(seed);
        double rate = random.nextBoolean() ? 4 : 32;
        double lostSec = 20 + 100 * random.nextDouble();
        double[] intact = SyntheticEda.generate(seed, rate, 600, 0.002).channel().values().toArray();
        double[] x = intact.clone();
        java.util.Arrays.fill(x, (int) (300 * rate), (int) ((300 + lostSec) * rate), 0.0);
        EdaResult lost = new EdaAnalyzer().analyze(Channel.regular("EDA", ChannelType.EDA, "uS", rate, 0, Samples.wrap(x)));
        EdaResult whole = new EdaAnalyzer().analyze(Channel.regular("EDA", ChannelType.EDA, "uS", rate, 0,
                Samples.wrap(intact)));

        for (double t : new double[] {290, 295, 299}) {
            int i = (int) Math.round(t * 4);
            assertThat(lost.scl().values().get(i)).as("SCL at %.0f s before a %.0f s loss", t, lostSec)
                    .isCloseTo(whole.scl().values().get(i), within(0.05 * whole.scl().values().get(i)));
        }
        assertThat(lost.scl().values().get((int) Math.round((300 + lostSec / 2) * 4))).as("inside the loss").isNaN();
    }
}
