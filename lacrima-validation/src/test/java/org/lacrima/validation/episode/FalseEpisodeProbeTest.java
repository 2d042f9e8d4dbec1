package org.lacrima.validation.episode;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: every episode found on the widened suite's episode-free
 * hours, with the path that confirmed it, the behavioural confounders around it, its metrics and explanation, and a
 * 10-s trace of heart rate, RSA, S, P and each channel's S from two minutes before its onset to a minute after its
 * end, to group the false episodes by what the recording showed. {@code -Dlacrima.probe.only=TEXT} keeps sessions
 * whose name contains TEXT;
 * {@code -Dlacrima.probe.episodes=N} adds each device's first N episode sessions (every episode found on them);
 * {@code -Dlacrima.probe.emotionalTalk=true} adds emotional talk to every session, as {@link EmotionalTalkingTest} does;
 * {@code -Dlacrima.probe.deepBreathRsa=true} lets the heart's swing follow each breath's volume, as {@link DeepBreathRsaTest};
 * {@code -Dlacrima.probe.restingWander=true} lets the resting state wander, as {@link RestingWanderTest};
 * {@code -Dlacrima.probe.breathingExercises=true} adds breathing exercises, as {@link BreathingExercisesTest};
 * {@code -Dlacrima.probe.seatedFidgeting=true} moves a seated wrist, as {@link SeatedFidgetingGapTest};
 * {@code -Dlacrima.probe.conversation=true} has the client talk in turns, as {@link ConversationTest}.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class FalseEpisodeProbeTest {
    @Test
    void printFalseEpisodes() {
        WidenedSuite.printProbes(WidenedSuite.cases(Integer.getInteger("lacrima.probe.episodes", 0), 0, 8),
                FalseEpisodeProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        SimulationConfig config = c.config();
        if (Boolean.getBoolean("lacrima.probe.emotionalTalk")) {
            Set<ConfounderKind> kinds = EnumSet.copyOf(config.confounders());
            kinds.add(ConfounderKind.EMOTIONAL_TALKING);
            config = config.withConfounders(kinds);
        }
        config = config.withDeepBreathRsa(Boolean.getBoolean("lacrima.probe.deepBreathRsa"))
                .withRestingWander(Boolean.getBoolean("lacrima.probe.restingWander"))
                .withBreathingExercises(Boolean.getBoolean("lacrima.probe.breathingExercises"))
                .withSeatedFidgeting(Boolean.getBoolean("lacrima.probe.seatedFidgeting"))
                .withConversation(Boolean.getBoolean("lacrima.probe.conversation"));
        SimulatedSession session = SessionSimulator.simulate(config);
        AxesProbe.Probe probe = AxesProbe.analyze(session.recording());
        StringBuilder sb = new StringBuilder();
        for (Episode e : probe.analysis().episodes()) {
            String path = probe.confirmations().stream().filter(x -> x.onsetSec() == e.onsetSec())
                    .map(x -> x.path().name()).findFirst().orElse("?");
            sb.append(String.format(Locale.ROOT, "== %s: %.0f-%.0f-%.0f %s, confirmed by %s%n   %s%n   %s%n", c.name(),
                    e.onsetSec(), e.peakSec(), e.endSec(), e.outcome().jsonName(), path, EpisodeExplanation.of(e),
                    e.metrics()));
            sb.append(ProbeTrace.confounders(session, e.onsetSec(), e.endSec()));
            sb.append(ProbeTrace.axes(probe, e.onsetSec(), e.endSec(), 10));
        }
        return sb.toString();
    }
}
