package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live channel that falls silent for longer than the view waits ({@link LiveAnalyzer#STALLED_CHANNEL_SEC}) and then
 * comes back with the samples it owed (a sensor's buffer sent after a reconnect): the view went on without it, and once
 * it is back its samples stand where they were measured, so its indices after the comeback are the file's. Before, the
 * pulse detector, which counts samples, was fed the samples after the gap as if they followed the last ones fed and
 * placed every later pulse minutes early (no heart rate for the rest of the session), and skin conductance or a
 * respiration belt coming back stopped the live analysis with an error (their working feed refused the gap).
 */
class LiveChannelComebackTest {
    private static final double DURATION_SEC = 1500;
    private static final double SILENT_FROM_SEC = 300;
    private static final double BACK_AT_SEC = 700;

    @ParameterizedTest(name = "{0} silent 300-700 s (seed {1}): {2} after it")
    @CsvSource({"ECG, 7, hr, 2", "ECG, 12, hr, 2", "PPG, 5, hr, 2", "PPG, 9, hr, 2", "EDA, 3, scl, 0.05",
            "EDA, 11, scrRate, 0.5", "RSP, 5, breathingRate, 1", "ACC, 4, hr, 2", "ACC, 8, scl, 0.05"})
    void samplesAfterTheComebackStandWhereTheyWereMeasured(ChannelType silent, long seed, String index,
                                                          double tolerance) {
        ChannelType heart = silent == ChannelType.PPG ? ChannelType.PPG : ChannelType.ECG;
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(DURATION_SEC).withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED)
                .withChannels(EnumSet.of(heart, ChannelType.EDA, ChannelType.RSP, silent))).recording();

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < DURATION_SEC; t++) {
            live.accept(chunk(recording, silent, t));
        }
        RegularSeries liveHr = live.finish().index(index).orElseThrow();
        RegularSeries fileHr = new SessionAnalyzer().analyze(recording).index(index).orElseThrow();

        int compared = 0;
        int agreeing = 0;
        for (double t = BACK_AT_SEC + 80; t < DURATION_SEC - 40; t += 1) {
            double a = at(liveHr, t);
            double b = at(fileHr, t);
            if (Double.isFinite(b)) {
                compared++;
                agreeing += Double.isFinite(a) && Math.abs(a - b) < tolerance ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(agreeing).as("seconds after the comeback whose live %s is the file's (of %d)", index, compared)
                .isGreaterThan((int) (0.95 * compared));
    }

    private static double at(RegularSeries series, double sec) {
        int i = (int) Math.round((sec - series.startSec()) * series.rateHz());
        return i >= 0 && i < series.length() ? series.values().get(i) : Double.NaN;
    }

    /**
     * The second from {@code t}: every channel, but the silent one left out while silent, and at the comeback all the
     * samples it owed.
     */
    private static Recording chunk(Recording recording, ChannelType silent, double t) {
        List<Channel> channels = new ArrayList<>();
        for (Channel c : recording.channels()) {
            double from = t;
            if (c.type() == silent && t >= SILENT_FROM_SEC && t < BACK_AT_SEC) {
                from = t + 1; // left out: empty
            } else if (c.type() == silent && t == BACK_AT_SEC) {
                from = SILENT_FROM_SEC;
            }
            channels.add(c.slice(from, t + 1));
        }
        return new Recording(recording.metadata(), channels, List.of());
    }
}
