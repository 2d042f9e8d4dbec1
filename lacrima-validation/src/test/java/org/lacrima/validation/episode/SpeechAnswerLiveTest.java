package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;

/**
 * The belt's speech reaches the episode tracker live as from a file ({@code SpeechAnswer}): the episode-free chest hours
 * of seed set 0 with emotional talk, fed in chunks of any size (a tenth of a second to twenty seconds), give the file's
 * episodes, and neither reports a bout that rose with an emotional talk (onset within 15 s of its start; three of them
 * were reported before the speech stretches reached the tracker).
 */
class SpeechAnswerLiveTest {
    @Test
    void liveFeedDropsTheAnswersToSpeechAsTheFileDoes() {
        List<WidenedSuite.Case> cases = new ArrayList<>();
        for (WidenedSuite.Case c : WidenedSuite.cases(0, 0, 0, 8)) {
            if (c.device() == DevicePreset.CHEST) {
                Set<ConfounderKind> kinds = EnumSet.copyOf(c.config().confounders());
                kinds.add(ConfounderKind.EMOTIONAL_TALKING);
                cases.add(new WidenedSuite.Case(c.name() + ", emotional talk", c.seedSet(), c.device(), c.kind(),
                        c.config().withConfounders(kinds)));
            }
        }
        List<String> checked = Parallel.map(cases, c -> {
            SimulatedSession session = SessionSimulator.simulate(c.config());
            Recording recording = session.recording();
            SessionAnalysis file = new SessionAnalyzer().analyze(recording);
            LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
            Random rnd = new Random(c.config().seed());
            for (double t = 0; t < recording.durationSec(); ) {
                double u = rnd.nextDouble();
                double end = Math.min(recording.durationSec(), t + 0.1 + 20 * u * u);
                live.accept(recording.slice(t, end));
                t = end;
            }
            List<Episode> streamed = live.finish().episodes();
            assertThat(streamed).as(c.name()).hasSameSizeAs(file.episodes());
            for (int i = 0; i < streamed.size(); i++) {
                assertThat(streamed.get(i).onsetSec()).as(c.name()).isCloseTo(file.episodes().get(i).onsetSec(),
                        within(2.0));
                assertThat(streamed.get(i).outcome()).as(c.name()).isEqualTo(file.episodes().get(i).outcome());
            }
            for (Confounder talk : session.truth().confounders()) {
                if (talk.kind() == ConfounderKind.EMOTIONAL_TALKING) {
                    assertThat(file.episodes()).as("%s: talk at %.0f s", c.name(), talk.startSec())
                            .noneMatch(e -> Math.abs(e.onsetSec() - talk.startSec()) <= 15);
                }
            }
            return c.name();
        });
        assertThat(checked).hasSize(8);
    }
}
