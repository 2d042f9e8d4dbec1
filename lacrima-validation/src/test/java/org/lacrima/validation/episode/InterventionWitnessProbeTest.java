package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.episode.Confirmation;
import org.lacrima.core.episode.ConfirmationPath;
import org.lacrima.core.episode.InterventionPolicy;
import org.lacrima.core.model.Event;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: every candidate the detector confirmed on its intervention path
 * over the acceptance's seed sets 0-4 (episode sessions, brief bouts, episode-free hours with breathing exercises and,
 * on the wrist, seated fidgeting), with the marked intervention's time relative to the confirmed rise's onset and the
 * true bout it matched, if any: where a calming intervention was marked before any build-up had begun. The episodes
 * found in those free hours are {@link FalseEpisodeProbeTest}'s, with {@code -Dlacrima.probe.breathingExercises=true}
 * and {@code -Dlacrima.probe.seatedFidgeting=true}.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class InterventionWitnessProbeTest {
    @Test
    void interventionConfirmations() {
        List<WidenedSuite.Case> cases = new ArrayList<>(WidenedSuite.casesWith("as accepted", 26, 4, 0, c -> c));
        cases.addAll(WidenedSuite.casesWith("exercises", 0, 0, 8,
                c -> c.withBreathingExercises(true).withSeatedFidgeting(c.device() == DevicePreset.WRIST)));
        WidenedSuite.printProbes(cases, InterventionWitnessProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        ProbedSession p = ProbedSession.of(c);
        List<Event> marks = p.session().recording().events().stream()
                .filter(InterventionPolicy.defaults()::isIntervention).toList();
        StringBuilder out = new StringBuilder();
        for (Confirmation conf : p.probe().confirmations()) {
            if (conf.path() != ConfirmationPath.INTERVENTION) {
                continue;
            }
            String rel = marks.stream().filter(m -> m.onsetSec() >= conf.onsetSec() - 120
                            && m.onsetSec() <= conf.confirmedAtSec())
                    .map(m -> String.format(Locale.ROOT, "%+.0f", m.onsetSec() - conf.onsetSec()))
                    .reduce((a, b) -> a + "," + b).orElse("none");
            TrueEpisode match = p.session().truth().episodes().stream()
                    .filter(t -> conf.onsetSec() <= t.endSec() && conf.confirmedAtSec() >= t.onsetSec() - 60)
                    .findFirst().orElse(null);
            out.append(String.format(Locale.ROOT, "INTERVENTION %s onset %.0f confirmed %.0f marks-onset %s truth %s%n",
                    c.name(), conf.onsetSec(), conf.confirmedAtSec(), rel, match == null ? "none"
                            : String.format(Locale.ROOT, "%s interrupted=%s onset %.0f peak %.0f",
                            match.outcome(), match.interrupted(), match.onsetSec(), match.peakSec())));
        }
        return out.toString();
    }
}
