package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Live = file on a spell of five brief bouts (issue 12): bouts confirmed after the fact, bouts kept once the next
 * bout vouches for them and rises counted from a closed bout's trough all come out the same when the session
 * arrives in 5-second chunks as when it is analysed whole; on a chest, and on an RR strap with natural breathing.
 */
class LiveSpellTest {
    @ParameterizedTest
    @ValueSource(longs = {1500, 2502})
    void aSpellOfBriefBoutsStreamedGivesTheFileEpisodes(long seed) {
        assertStreamedAsWhole(spell(DevicePreset.CHEST, seed), 3);
    }

    /**
     * On an RR strap whose client breathes as people do, a held rebound is judged against P's wander in the session so
     * far ({@code DecisionChecks.REBOUND_OVER_WANDER}): the wander is measured on data already seen, so the stream
     * keeps and drops the same bouts as the file.
     */
    @ParameterizedTest
    @ValueSource(longs = {3500, 3503})
    void aSpellOnAStrapWithNaturalBreathingStreamedGivesTheFileEpisodes(long seed) {
        // the heart alone finds fewer of a spell's bouts than a chest with skin conductance and a belt
        assertStreamedAsWhole(spell(DevicePreset.RR_STRAP, seed).withNaturalBreathing(true), 2);
    }

    private static SimulationConfig spell(DevicePreset device, long seed) {
        return SimulationConfig.preset(device).withSeed(seed).withVariety(EpisodeVariety.WIDE).withDurationSec(30 * 60)
                .withEpisodes(EpisodeSpec.parseList(List.of("spell:5")));
    }

    private static void assertStreamedAsWhole(SimulationConfig config, int atLeast) {
        Recording recording = SessionSimulator.simulate(config).recording();
        List<Episode> whole = new SessionAnalyzer().analyze(recording).episodes();

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < recording.durationSec(); t += 5) {
            live.accept(recording.slice(t, Math.min(recording.durationSec(), t + 5)));
        }
        List<Episode> streamed = live.finish().episodes();

        assertThat(whole).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(streamed).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(streamed.get(i).outcome()).isEqualTo(whole.get(i).outcome());
            assertThat(streamed.get(i).peakSec()).isCloseTo(whole.get(i).peakSec(), Offset.offset(2.0));
            assertThat(streamed.get(i).onsetSec()).isCloseTo(whole.get(i).onsetSec(), Offset.offset(2.0));
            assertThat(streamed.get(i).endSec()).isCloseTo(whole.get(i).endSec(), Offset.offset(2.0));
        }
    }
}
