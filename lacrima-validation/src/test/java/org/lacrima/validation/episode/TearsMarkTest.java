package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Tears the therapist marked witness the bouts the signals alone leave in doubt ({@code TearsWitness}). Seed set 0's
 * sessions with episodes, every device, analysed as recorded and again with a therapist who marked tears on every
 * tearful bout (resolved and sustained: a build-up cut short has none) a few seconds after its peak, the moment tears
 * show. The marks may only add bouts the signals followed and turned down: each episode kept on a mark is a true
 * bout, and nothing found without the marks is lost with them. Prints recall and outcome accuracy per device without
 * and with the marks.
 */
class TearsMarkTest {
    /** Fewest and most seconds from a bout's peak to the therapist's tears mark. */
    private static final double MARK_DELAY_MIN_SEC = 2;
    private static final double MARK_DELAY_MAX_SEC = 20;

    private record Pair(WidenedSuite.Case sessionCase, List<TrueEpisode> truth, SessionAnalysis asRecorded,
                        SessionAnalysis marked, List<Event> marks) {
    }

    private static List<Pair> pairs;

    @BeforeAll
    static void analyseWithAndWithoutMarks() {
        List<WidenedSuite.Case> cases = WidenedSuite.cases(0, 26, 4, 0);
        pairs = Parallel.map(cases, TearsMarkTest::pair);
    }

    private static Pair pair(WidenedSuite.Case c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        Recording recording = session.recording();
        List<Event> marks = therapistsMarks(session.truth().episodes(), new Random(c.config().seed()));
        List<Event> events = new ArrayList<>(recording.events());
        events.addAll(marks);
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        Recording marked = new Recording(recording.metadata(), recording.channels(), events,
                recording.referenceBeats());
        SessionAnalyzer analyzer = new SessionAnalyzer();
        return new Pair(c, session.truth().episodes(), analyzer.analyze(recording), analyzer.analyze(marked), marks);
    }

    /** A tears mark a few seconds after the peak of every tearful bout. */
    private static List<Event> therapistsMarks(List<TrueEpisode> truth, Random random) {
        List<Event> marks = new ArrayList<>();
        for (TrueEpisode e : truth) {
            if (e.outcome() != Outcome.SUBSIDED) {
                double delay = MARK_DELAY_MIN_SEC + (MARK_DELAY_MAX_SEC - MARK_DELAY_MIN_SEC) * random.nextDouble();
                marks.add(new Event(e.peakSec() + delay, 0, "tears", EventKind.TEARS));
            }
        }
        return marks;
    }

    @Test
    void marksAddOnlyTrueBoutsTheSignalsTurnedDown() {
        int keptOnTears = 0;
        Map<String, Integer> keptCalls = new TreeMap<>();
        SoftAssertions soft = new SoftAssertions();
        for (Pair p : pairs) {
            BoutScore before = score(List.of(p), Pair::asRecorded);
            BoutScore after = score(List.of(p), Pair::marked);
            for (BoutScore.Match m : after.matches) {
                if (m.detected() && keptOnTears(m.found())) {
                    keptCalls.merge(m.truth().outcome().jsonName() + "->" + m.found().outcome().jsonName(), 1,
                            Integer::sum);
                }
            }
            for (BoutScore.FalseEpisode f : after.falseEpisodes) {
                soft.assertThat(keptOnTears(f.found()))
                        .as("%s: the false episode at %.0f-%.0f s was kept on a mark", p.sessionCase().name(),
                                f.found().onsetSec(), f.found().peakSec())
                        .isFalse();
            }
            for (int t = 0; t < p.truth().size(); t++) {
                soft.assertThat(!before.matches.get(t).detected() || after.matches.get(t).detected())
                        .as("%s: bout %d, found without the marks, is found with them", p.sessionCase().name(), t)
                        .isTrue();
            }
            keptOnTears += (int) p.marked().episodes().stream().filter(TearsMarkTest::keptOnTears).count();
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "therapist's tears marks on every tearful"
                + " bout, seed set 0 (%d sessions, %d marks): recall and outcome accuracy without -> with the marks",
                pairs.size(), pairs.stream().mapToInt(p -> p.marks().size()).sum()));
        Map<DevicePreset, Double> recallBefore = new EnumMap<>(DevicePreset.class);
        Map<DevicePreset, Double> recallAfter = new EnumMap<>(DevicePreset.class);
        for (DevicePreset device : WidenedSuite.DEVICES) {
            List<Pair> recorded = pairs.stream().filter(p -> p.sessionCase().device() == device).toList();
            BoutScore b = score(recorded, Pair::asRecorded);
            BoutScore a = score(recorded, Pair::marked);
            recallBefore.put(device, b.recall());
            recallAfter.put(device, a.recall());
            table.append(String.format(Locale.ROOT, "%n  %-12s recall %.3f -> %.3f, outcome %.3f -> %.3f,"
                    + " false %d -> %d", device.token(), b.recall(), a.recall(), b.outcomeAccuracy(),
                    a.outcomeAccuracy(), b.falseEpisodes.size(), a.falseEpisodes.size()));
        }
        table.append(String.format(Locale.ROOT, "%n  %d episodes kept on a mark; true -> called: %s", keptOnTears,
                keptCalls));
        System.out.println(table);
        soft.assertAll();
        assertThat(keptOnTears).as("episodes kept on a mark").isPositive();
        assertThat(recallAfter.get(DevicePreset.RR_STRAP)).as("the strap alone's recall with the marks")
                .isGreaterThan(recallBefore.get(DevicePreset.RR_STRAP));
    }

    /** The bouts of {@code of} scored against the episodes of {@code analysis}. */
    private static BoutScore score(List<Pair> of, Function<Pair, SessionAnalysis> analysis) {
        BoutScore score = new BoutScore();
        for (Pair p : of) {
            score.add(p.truth(), analysis.apply(p).episodes(), List.of(), p.sessionCase().config().durationSec());
        }
        return score;
    }

    @Test
    void aMarkWitnessesOnlyTheRiseItFallsIn() {
        // candidates the signals turned down once decided, each marked at its peak, then minutes before its onset
        int checked = 0;
        for (Pair p : pairs) {
            DroppedCandidate d = p.asRecorded().droppedCandidates().stream()
                    .filter(c -> c.reason().judgedOnDecision()).findFirst().orElse(null);
            if (d == null) {
                continue;
            }
            SimulatedSession session = SessionSimulator.simulate(p.sessionCase().config());
            assertThat(keptNear(withMark(session.recording(), d.peakSec() + 5), d))
                    .as("%s: the rise turned down at %.0f s (%s), tears marked at its peak", p.sessionCase().name(),
                            d.onsetSec(), d.reason())
                    .hasValueSatisfying(e -> assertThat(e.warnings())
                            .anyMatch(w -> w.contains(d.reason().description())));
            assertThat(keptNear(withMark(session.recording(), d.onsetSec() - 300), d))
                    .as("%s: the rise at %.0f s, tears marked 5 min before it", p.sessionCase().name(), d.onsetSec())
                    .isEmpty();
            if (++checked == 5) {
                break;
            }
        }
        assertThat(checked).as("sessions with a decided candidate turned down").isEqualTo(5);
    }

    private static SessionAnalysis withMark(Recording r, double atSec) {
        List<Event> events = new ArrayList<>(r.events());
        events.add(new Event(atSec, 0, "tears", EventKind.TEARS));
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        return new SessionAnalyzer().analyze(new Recording(r.metadata(), r.channels(), events, r.referenceBeats()));
    }

    /** The episode kept on a mark whose onset is the turned-down candidate's, if any. */
    private static Optional<Episode> keptNear(SessionAnalysis a, DroppedCandidate d) {
        return a.episodes().stream().filter(TearsMarkTest::keptOnTears)
                .filter(e -> Math.abs(e.onsetSec() - d.onsetSec()) <= 30).findFirst();
    }

    private static boolean keptOnTears(Episode e) {
        return e.warnings().stream().anyMatch(w -> w.startsWith("kept because tears were marked"));
    }
}
