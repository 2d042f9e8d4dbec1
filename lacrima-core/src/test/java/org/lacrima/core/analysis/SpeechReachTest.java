package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.SpeechBreathingDetector;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionsWith;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Breathing rate and irregularity are left out over talking and as far on either side as the speech breaths reach into
 * their 20 s centred window: at the start of talking they had read the first phrases as a breathing rate 3-6 z off
 * (simulated chest sessions 1601800 and 501802, whose S peaked there). RSA likewise, as far as its 30 s window: speech
 * lowers the heart's swing with the breath by itself, and its fall and return read as a vagal withdrawal and rebound.
 */
class SpeechReachTest {
    @ParameterizedTest(name = "from seed {0}")
    @ValueSource(longs = {100, 200, 300, 400})
    void theBreathingIndicesAreLeftOutHalfTheirWindowAroundTalking(long fromSeed) {
        Recording recording = SessionsWith.firstWith(ConfounderKind.TALKING, fromSeed, seed -> SimulationConfig
                .preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(40 * 60).withOutcomes(Outcome.RESOLVED)
                .withConfounders(EnumSet.of(ConfounderKind.TALKING))).recording();
        List<BadInterval> speech = SpeechBreathingDetector.detect(new RespirationAnalyzer()
                .analyze(recording.firstChannel(ChannelType.RSP).orElseThrow()).breaths(), "RSP");
        SessionAnalysis analysis = new SessionAnalyzer(AnalysisOptions.defaults()).analyze(recording);

        assertThat(speech).isNotEmpty();
        Map<Index, Double> reachSec = Map.of(Index.BREATHING_RATE, 9.5, Index.IRREGULARITY, 9.5, Index.RSA, 14.5);
        for (Index index : reachSec.keySet()) {
            RegularSeries series = analysis.indices().stream().filter(s -> s.name().equals(index.key())).findFirst()
                    .orElseThrow();
            int inside = 0;
            int finiteOutside = 0;
            for (int i = 0; i < series.length(); i++) {
                double t = series.timeOfSec(i);
                double reach = reachSec.get(index);
                boolean near = speech.stream().anyMatch(b -> t >= b.startSec() - reach && t < b.endSec() + reach);
                if (near) {
                    inside++;
                    assertThat(series.values().get(i)).as("%s at %.2f s", index.key(), t).isNaN();
                } else if (Double.isFinite(series.values().get(i))) {
                    finiteOutside++;
                }
            }
            assertThat(inside).isPositive();
            assertThat(finiteOutside).isPositive();
        }
    }
}
