package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A channel is reported used only when the analysis read it: of several heart channels, the one that gave the beats,
 * and a later one (a strap's RR list beside an ECG) only where the earlier one had none in a stage's window (a file's
 * window is hours long, so there a strap's list beside an ECG is not read at all).
 */
class ChannelUseTest {
    private static final double DURATION_SEC = 600;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 42})
    void besideAnEcgAStrapsIntervalsAndAPulseAreNotUsed(long seed) {
        Recording recording = simulate(seed, ChannelType.ECG, ChannelType.RR, ChannelType.PPG);
        for (SessionAnalysis analysis : List.of(new SessionAnalyzer().analyze(recording),
                RandomChunks.streamed(recording, AnalysisOptions.defaults(), seed))) {
            assertThat(used(analysis)).containsEntry(ChannelType.ECG, true).containsEntry(ChannelType.RR, false)
                    .containsEntry(ChannelType.PPG, false).containsEntry(ChannelType.EDA, true);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 42})
    void withoutAnEcgTheStrapsIntervalsAreUsedAndThePulseIsNot(long seed) {
        Map<ChannelType, Boolean> used = used(simulate(seed, ChannelType.RR, ChannelType.PPG));

        assertThat(used).containsEntry(ChannelType.RR, true).containsEntry(ChannelType.PPG, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 42})
    void aLiveStrapsIntervalsAreUsedWhereItsEcgStreamStops(long seed) {
        Recording both = simulate(seed, ChannelType.ECG, ChannelType.RR);
        List<Channel> channels = new ArrayList<>();
        for (Channel c : both.channels()) {
            channels.add(c.type() == ChannelType.ECG ? c.slice(0, DURATION_SEC / 2) : c);
        }
        Recording ecgStops = new Recording(both.metadata(), channels, both.events());

        // a live feed's blocks are ten seconds, so every block after the ECG's end takes its beats from the RR list
        SessionAnalysis analysis = RandomChunks.streamed(ecgStops, AnalysisOptions.defaults(), seed);

        assertThat(used(analysis)).containsEntry(ChannelType.ECG, true).containsEntry(ChannelType.RR, true);
        // the heart rate goes on over the half without ECG: the strap's beats carry it
        assertThat(shownFraction(analysis, DURATION_SEC * 0.6, DURATION_SEC * 0.9)).isGreaterThan(0.8);
    }

    /**
     * A lab recording's ECG with its electrodes off for 90 s and, beside it, a strap's RR list or a finger PPG: either
     * carries the heart rate through the dropout, in the file's analysis and in a live feed, and is then reported used.
     */
    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"RR, 3", "RR, 17", "RR, 42", "PPG, 3", "PPG, 17", "PPG, 42"})
    void aSecondHeartChannelCarriesTheHeartThroughTheEcgsDropout(ChannelType second, long seed) {
        double from = 200;
        double to = 290;
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(DURATION_SEC)
                .withOutcomes().withDropout(new Dropout(ChannelType.ECG, from, to));
        Recording both = SessionSimulator.simulate(
                config.withChannels(Set.of(ChannelType.ECG, second, ChannelType.EDA))).recording();

        SessionAnalysis file = new SessionAnalyzer().analyze(both);
        SessionAnalysis live = RandomChunks.streamed(both, AnalysisOptions.defaults(), seed);
        SessionAnalysis ecgAlone = new SessionAnalyzer().analyze(SessionSimulator.simulate(
                config.withChannels(Set.of(ChannelType.ECG, ChannelType.EDA))).recording());

        for (SessionAnalysis analysis : List.of(file, live)) {
            assertThat(used(analysis)).containsEntry(ChannelType.ECG, true).containsEntry(second, true);
            assertThat(shownFraction(analysis, from + 10, to - 10)).isGreaterThan(0.8);
        }
        assertThat(shownFraction(ecgAlone, from + 10, to - 10)).isLessThan(0.2);
    }

    /**
     * A wrist device's own beat intervals (an E4's IBI export read as RR) missing for two minutes while the hand moved,
     * its pulse wave recorded throughout: the device judged its pulse wave unreadable there, so the hole stays a hole
     * and the pulse wave is not read (an ECG's hole is filled from a PPG because that is another sensor).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 42})
    void aDevicesIntervalsAreNotFilledFromItsOwnPulseWave(long seed) {
        double from = 240;
        double to = 360;
        Recording wrist = simulate(seed, ChannelType.RR, ChannelType.PPG);
        List<Channel> channels = new ArrayList<>();
        for (Channel c : wrist.channels()) {
            channels.add(c.type() == ChannelType.RR ? withoutBeatsIn(c, from, to) : c);
        }

        SessionAnalysis analysis = new SessionAnalyzer().analyze(new Recording(wrist.metadata(), channels,
                wrist.events()));

        assertThat(used(analysis)).containsEntry(ChannelType.RR, true).containsEntry(ChannelType.PPG, false);
        assertThat(shownFraction(analysis, from + 10, to - 10)).isLessThan(0.2);
    }

    /** An irregular channel without the values stamped in {@code [fromSec, toSec)}. */
    private static Channel withoutBeatsIn(Channel rr, double fromSec, double toSec) {
        List<Double> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rr.length(); i++) {
            double t = rr.timeOfSec(i);
            if (t < fromSec || t >= toSec) {
                times.add(t);
                values.add(rr.values().get(i));
            }
        }
        return Channel.irregular(rr.label(), rr.type(), rr.unit(),
                Samples.wrap(times.stream().mapToDouble(Double::doubleValue).toArray()),
                Samples.wrap(values.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static Recording simulate(long seed, ChannelType... heart) {
        Set<ChannelType> types = new HashSet<>(List.of(heart));
        types.add(ChannelType.EDA);
        return SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(DURATION_SEC)
                .withOutcomes().withChannels(types)).recording();
    }

    /** The fraction of the heart rate's grid points in {@code [fromSec, toSec)} that have a value. */
    private static double shownFraction(SessionAnalysis analysis, double fromSec, double toSec) {
        RegularSeries hr = analysis.index(Index.HR).orElseThrow();
        int from = (int) Math.ceil((fromSec - hr.startSec()) * hr.rateHz());
        int to = (int) ((toSec - hr.startSec()) * hr.rateHz());
        long shown = IntStream.range(from, to).filter(i -> Double.isFinite(hr.values().get(i))).count();
        return (double) shown / (to - from);
    }

    private static Map<ChannelType, Boolean> used(Recording recording) {
        return used(new SessionAnalyzer().analyze(recording));
    }

    private static Map<ChannelType, Boolean> used(SessionAnalysis analysis) {
        return analysis.channels().stream().collect(Collectors.toMap(ChannelSummary::type, ChannelSummary::used,
                Boolean::logicalOr));
    }
}
