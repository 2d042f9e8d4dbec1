package org.lacrima.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/** The raw-signal windows and the HRV summary the session page draws, on a simulated chest session. */
class SessionSignalsTest {
    private static AnalysisService.Result session;

    @BeforeAll
    static void analyse() {
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3).withDurationSec(10 * 60)
                .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED)))).recording();
        session = new AnalysisService.Result(recording,
                new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(true)).analyze(recording));
    }

    @ParameterizedTest
    @CsvSource({"0, 600, 300", "100, 110, 1000", "250.5, 251, 50", "590, 900, 10", "-20, 30, 99999"})
    void aWindowHoldsOnlyItsTimeAtMostTwoPointsPerBucketAndItsDetections(double from, double to, int points) {
        SignalWindow w = SignalWindow.of(session, from, to, points);
        int buckets = Math.max(SignalWindow.MIN_BUCKETS, Math.min(SignalWindow.MAX_BUCKETS, points));
        assertThat(w.fromSec()).isEqualTo(Math.max(0, from));
        assertThat(w.toSec()).isLessThanOrEqualTo(session.recording().durationSec());
        assertThat(w.traces()).isNotEmpty().hasSizeLessThanOrEqualTo(SignalWindow.MAX_TRACES);
        for (SignalWindow.Trace t : w.traces()) {
            assertThat(t.timesSec()).hasSameSizeAs(t.values()).hasSizeLessThanOrEqualTo(2 * buckets + 2)
                    .allSatisfy(x -> assertThat(x).isBetween(w.fromSec() - 1e-3, w.toSec()));
            assertThat(t.marksSec()).allSatisfy(x -> assertThat(x).isBetween(w.fromSec(), w.toSec()));
        }
        SignalWindow.Trace ecg = w.traces().stream().filter(t -> t.type().equals("ECG")).findFirst().orElseThrow();
        assertThat(ecg.marksKind()).isEqualTo("beats");
        // about one beat a second in a simulated resting session
        assertThat((double) ecg.marksSec().size()).isCloseTo(w.toSec() - w.fromSec(), within(0.6 * (w.toSec() - w.fromSec()) + 2));
    }

    @ParameterizedTest
    @CsvSource({"0, 600", "100, 130", "300.5, 309"})
    void aPpgBesideTheEcgShowsItsPulsesOnePerBeat(double from, double to) {
        SignalWindow w = SignalWindow.of(session, from, to, 500);
        SignalWindow.Trace ppg = w.traces().stream().filter(t -> t.type().equals("PPG")).findFirst().orElseThrow();
        SignalWindow.Trace ecg = w.traces().stream().filter(t -> t.type().equals("ECG")).findFirst().orElseThrow();
        assertThat(session.analysis().markers().pulsePeaksSec().length()).as("the analysis found beats in the ECG")
                .isZero();
        assertThat(ppg.marksKind()).isEqualTo("pulses");
        assertThat(ppg.marksSec()).allSatisfy(x -> assertThat(x).isBetween(from, to)).isSorted();
        // a pulse follows each beat by its transit time (0.1-0.65 s): nearly every beat has exactly one, and the few
        // pulses without a beat are the simulated movements' artefacts
        List<Double> beats = ecg.marksSec().stream().filter(b -> b + 0.65 <= to).toList();
        long beatsWithOnePulse = beats.stream().filter(b -> ppg.marksSec().stream()
                .filter(x -> x > b + 0.1 && x <= b + 0.65).count() == 1).count();
        long pulsesWithoutBeat = ppg.marksSec().stream().filter(x -> x - 0.65 >= from && ecg.marksSec().stream()
                .noneMatch(b -> x > b + 0.1 && x <= b + 0.65)).count();
        assertThat((double) beatsWithOnePulse).isGreaterThanOrEqualTo(0.98 * beats.size());
        assertThat((double) pulsesWithoutBeat).isLessThanOrEqualTo(0.01 * ppg.marksSec().size() + 1);
    }

    @Test
    void theSessionHrvComesFromTheDetectedBeats() {
        SessionHrv hrv = SessionHrv.of(session);
        assertThat(hrv.source()).isEqualTo("ECG beats");
        assertThat(hrv.intervals()).isGreaterThan(300);
        assertThat(hrv.meanHrBpm()).isBetween(45.0, 120.0);
        assertThat(60000 / hrv.meanNnMs()).isCloseTo(hrv.meanHrBpm(), within(0.01));
        assertThat(hrv.sdnnMs()).isPositive();
        assertThat(hrv.rmssdMs()).isPositive();
        assertThat(hrv.pnn50Percent()).isBetween(0.0, 100.0);
        assertThat(hrv.lfHfRatio()).isCloseTo(hrv.lfPowerMs2() / hrv.hfPowerMs2(), within(1e-9));
    }

    @Test
    void theAnalysisOwnHrvIsTakenWhenTheDocumentHasOne() throws Exception {
        var document = new ObjectMapper().readTree("""
                {"episodes": [], "hrv": {"session": {"intervals": 120, "meanHrBpm": 70, "meanNnMs": 857.1, "sdnnMs": 41.5,
                 "rmssdMs": 30.2, "pnn50Percent": 9.5, "lfPowerMs2": 400, "hfPowerMs2": 200, "warnings": []}}}""");
        SessionHrv hrv = SessionHrv.fromDocument(document).orElseThrow();
        assertThat(hrv.source()).isEqualTo("analysis");
        assertThat(hrv.sdnnMs()).isEqualTo(41.5);
        assertThat(hrv.lfHfRatio()).isEqualTo(2.0);
        assertThat(SessionHrv.fromDocument(new ObjectMapper().readTree("{\"episodes\": []}"))).isEmpty();
    }
}
