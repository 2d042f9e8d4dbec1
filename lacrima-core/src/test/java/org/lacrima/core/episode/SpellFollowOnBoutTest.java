package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;

/**
 * A spell's bout that follows a resolved bout at the wrist (issue 19): skin conductance's tonic level is still
 * recovering from the first bout, so S (skin conductance and heart rate together) rises by less than an entry rise
 * over the trough, while heart rate rises and vagal tone withdraws by more than one each. The bout is found by those
 * witnesses; with one witness only, or before the first bout released, it stays part of the first bout.
 */
class SpellFollowOnBoutTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm for 5 minutes; bout 1 builds up over 45 s (skin conductance to 3 z, heart rate to 5 z, RSA withdrawn to -3 z)
     * and releases at 350 s: heart rate back within about 15 s, RSA rebounding to 1.7 z, skin conductance recovering
     * over minutes (time constant 150 s). Bout 2 builds up from 420 to 445 s: heart rate to {@code hrTop} z and RSA down
     * to {@code pTop} z, skin conductance still coming down; it holds its height 13 s (a bout's sobbing outlasts a
     * reflex's top) and releases at 458 s as bout 1 did.
     */
    private static List<Episode> spell(long seed, double hrTop, double pTop, double reboundOfFirst) {
        AxisTrace eda = new AxisTrace(900).rampS(300, 345, 3).decayS(350, 150, 0);
        AxisTrace hr = new AxisTrace(900).rampS(300, 345, 5).decayS(350, 15, 0).rampS(420, 445, hrTop).decayS(458, 10, 0);
        AxisTrace t = new AxisTrace(900).rampP(300, 345, -3).decayP(350, 20, reboundOfFirst).rampP(420, 445, pTop)
                .decayP(458, 20, 1.7);
        return t.wristEpisodes(eda, hr, seed, true);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFollowOnBoutWitnessedByHeartRateAndVagalToneIsABoutOfItsOwn(long seed) {
        List<Episode> found = spell(seed, 4, -1.5, 1.7);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).peakSec()).isBetween(330.0, 350.0);
        assertThat(found.get(1).peakSec()).isBetween(435.0, 460.0);
        assertThat(found.get(1).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withHeartRateAloneRisingTheRiseStaysPartOfTheFirstBout(long seed) {
        // P unmoved through bout 2: one witness, and S short of an entry rise
        List<Episode> found = spell(seed, 4, 1.7, 1.7);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).peakSec()).isBetween(330.0, 350.0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSurgeBeforeTheFirstBoutReleasedIsNoNewBout(long seed) {
        // bout 1 never releases: skin conductance holds its top, heart rate comes only part of the way down and RSA
        // stays withdrawn, so less than half the excess is gone when heart rate surges again and RSA withdraws
        // further (and then rebounds). Witnesses count only after a release: this is still the first bout.
        AxisTrace eda = new AxisTrace(900).rampS(300, 345, 3);
        AxisTrace hr = new AxisTrace(900).rampS(300, 345, 6).decayS(350, 15, 2).rampS(420, 445, 5.5).decayS(450, 10, 2);
        AxisTrace t = new AxisTrace(900).rampP(300, 345, -3).decayP(350, 20, -2).rampP(420, 445, -4.5)
                .decayP(450, 20, 1.7);
        assertThat(t.wristEpisodes(eda, hr, seed, true))
                .noneMatch(e -> e.onsetSec() > 400 && e.onsetSec() < 450);
    }

    /**
     * Simulated wrist sessions (E4-like: skin conductance and pulse, RSA from the pulse) with one spell of four bouts,
     * seeds 0-59. When the rule came (the follow-on bouts rose by their heart rate and vagal withdrawal while skin
     * conductance was still recovering) the spell bouts found rose from 184 to 196 of 240 with the false episodes at 2,
     * on the simulator's streams of then (consecutive seeds sharing their streams a draw apart); on independent streams
     * (nineteenth session) {@value #MEASURED_FOUND} of 240 and {@value #MEASURED_FALSE} false episodes. The bounds hold
     * these from getting worse by more than one standard deviation. Bouts missed here are mostly clients whose heart
     * rises little (Reactivity) and bouts whose pulse crying's own movements blank at the peak (a known gap of the
     * wrist, docs/DETECTOR-HISTORY.md, tenth session).
     */
    @Test
    void theBoutsOfSimulatedWristSpellsAreFound() {
        int bouts = 0;
        int found = 0;
        int falseEpisodes = 0;
        for (long seed = 0; seed < 60; seed++) {
            SimulatedSession session = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.WRIST)
                    .withSeed(seed).withVariety(EpisodeVariety.WIDE).withDurationSec(30 * 60)
                    .withEpisodes(EpisodeSpec.parseList(List.of("spell:4"))));
            List<Episode> unmatched = new ArrayList<>(new SessionAnalyzer().analyze(session.recording()).episodes());
            for (TrueEpisode bout : session.truth().episodes()) {
                bouts++;
                Episode match = unmatched.stream().filter(e -> Math.abs(e.peakSec() - bout.peakSec()) <= 30)
                        .min((a, b) -> Double.compare(Math.abs(a.peakSec() - bout.peakSec()),
                                Math.abs(b.peakSec() - bout.peakSec())))
                        .orElse(null);
                if (match != null) {
                    found++;
                    unmatched.remove(match);
                }
            }
            falseEpisodes += unmatched.size();
        }
        System.out.printf("wrist spells of four bouts, seeds 0-59: %d of %d bouts found, %d false episodes%n", found,
                bouts, falseEpisodes);

        assertThat(bouts).isEqualTo(240);
        assertThat(found).isGreaterThanOrEqualTo((int) Math.floor(MEASURED_FOUND
                - Math.sqrt(bouts * (MEASURED_FOUND / 240.0) * (1 - MEASURED_FOUND / 240.0))));
        assertThat(falseEpisodes).isLessThanOrEqualTo((int) Math.ceil(MEASURED_FALSE
                + Math.max(1, Math.sqrt(MEASURED_FALSE))));
    }

    /** Measured 5 Dec (nineteenth session) over seeds 0-59: spell bouts found of 240, and false episodes. */
    private static final int MEASURED_FOUND = 171;
    private static final int MEASURED_FALSE = 4;
}
