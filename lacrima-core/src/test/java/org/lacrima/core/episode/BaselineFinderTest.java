package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.grid.GridBuffer;

/** The automatic baseline on hand-built indices: calm starts, unsettled starts, sessions without calm. */
class BaselineFinderTest {
    private static final BaselineFinder FINDER = BaselineFinder.defaults();
    private static final String[] CHEST = {"scl", "hr", "breathingRate", "rsa"};

    private static Map<String, GridBuffer> buffers(IndexTrace t) {
        return t.buffers(t.length());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aCalmStartIsTheBaseline(long seed) {
        IndexTrace t = new IndexTrace(900, seed, CHEST).bout(400, 60, 4, 15, 3);

        Baseline b = FINDER.findEarly(buffers(t), IndexTrace.RATE_HZ, t.length()).orElseThrow();

        assertThat(b.automatic()).isTrue();
        assertThat(b.endSec() - b.startSec()).isEqualTo(180);
        assertThat(b.endSec()).as("before the bout").isLessThanOrEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void settlingElectrodesAndAnUnsettledClientAreLeftOutOfTheBaseline(long seed) {
        // skin conductance 3 µS high at the start, settling with a 60 s time constant; heart rate 8 bpm high at first
        IndexTrace t = new IndexTrace(900, seed, CHEST);
        double[] scl = t.values.get("scl");
        double[] hr = t.values.get("hr");
        for (int k = 0; k < scl.length; k++) {
            scl[k] += 3 * Math.exp(-k / IndexTrace.RATE_HZ / 60);
            hr[k] += 8 * Math.exp(-k / IndexTrace.RATE_HZ / 40);
        }

        Baseline b = FINDER.findEarly(buffers(t), IndexTrace.RATE_HZ, t.length()).orElseThrow();

        // by 120 s the settling excess is below a third of its start, by 180 s below a twentieth
        assertThat(b.startSec()).isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void electrodesSettlingUpwardsKeepTheBaselineAfterThem(long seed) {
        // wrist-like: skin conductance starts 40 % low and climbs to its level (time constant 90 s), the low start
        // looking calmest of all; the settled time, once found, bounds the search
        IndexTrace t = new IndexTrace(900, seed, CHEST);
        double[] scl = t.values.get("scl");
        for (int k = 0; k < scl.length; k++) {
            scl[k] -= 0.4 * 5 * Math.exp(-k / IndexTrace.RATE_HZ / 90);
        }
        Map<String, GridBuffer> indices = buffers(t);
        double settled = ElectrodeSettling.defaults().settledSec(indices.get("scl"), IndexTrace.RATE_HZ,
                (int) (FINDER.searchSec() * IndexTrace.RATE_HZ));

        Baseline b = FINDER.findEarly(indices, IndexTrace.RATE_HZ, t.length(), settled).orElseThrow();

        assertThat(settled).isBetween(90.0, 360.0);
        assertThat(b.startSec()).isGreaterThanOrEqualTo(settled);
        assertThat(FINDER.findAnywhere(indices, IndexTrace.RATE_HZ, t.length(), settled).startSec())
                .isGreaterThanOrEqualTo(settled);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aStablePlateauOfArousalEarlyOnIsNoBaseline(long seed) {
        // calm for 30 s, a build-up of 8 floors over 50 s, then overwhelm holding steady to the end of the search span:
        // the only stable stretches are the plateau's
        IndexTrace t = new IndexTrace(900, seed, CHEST);
        for (String name : new String[] {"scl", "hr", "breathingRate"}) {
            double[] x = t.values.get(name);
            for (int k = AxisTrace.index(30); k < x.length; k++) {
                x[k] += 8 * IndexTrace.floor(name) * Math.min(1, (k / IndexTrace.RATE_HZ - 30) / 50);
            }
        }

        assertThat(FINDER.findEarly(buffers(t), IndexTrace.RATE_HZ, t.length())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void withoutAStableEarlyStretchTheCalmestStretchAnywhereIsTaken(long seed) {
        // arousal climbing and falling through the first 8 minutes, calm from 15 minutes on
        IndexTrace t = new IndexTrace(1800, seed, CHEST);
        for (String name : new String[] {"scl", "hr", "breathingRate"}) {
            double[] x = t.values.get(name);
            for (int k = 0; k < AxisTrace.index(840); k++) {
                x[k] += 6 * IndexTrace.floor(name) * Math.abs(Math.sin(Math.PI * k / (IndexTrace.RATE_HZ * 150)));
            }
        }

        assertThat(FINDER.findEarly(buffers(t), IndexTrace.RATE_HZ, t.length())).isEmpty();
        Baseline anywhere = FINDER.findAnywhere(buffers(t), IndexTrace.RATE_HZ, t.length());
        assertThat(anywhere.startSec()).isGreaterThanOrEqualTo(840 - 60);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aStretchWhoseHeartRateWasLeftOutIsNoBaseline(long seed) {
        // heart rate and breathing rate blanked from 200 to 480 s (a paced breathing exercise, a walk): what is left there
        // (skin conductance) is made calmest of all, yet the stretch is no rest; the baseline lies before it
        IndexTrace t = new IndexTrace(900, seed, CHEST);
        double[] scl = t.values.get("scl");
        for (int k = 0; k < AxisTrace.index(200); k++) {
            scl[k] += 2 * IndexTrace.floor("scl");
        }
        for (String name : new String[] {"hr", "breathingRate", "rsa"}) {
            double[] x = t.values.get(name);
            for (int k = AxisTrace.index(200); k < AxisTrace.index(480); k++) {
                x[k] = Double.NaN;
            }
        }

        Baseline b = FINDER.findEarly(buffers(t), IndexTrace.RATE_HZ, t.length()).orElseThrow();

        assertThat(b.startSec()).isLessThanOrEqualTo(200 - 0.7 * 180);
    }
}
