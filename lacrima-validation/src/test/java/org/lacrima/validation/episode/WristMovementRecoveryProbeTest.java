package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Recording;
import org.lacrima.validation.episode.WristMovementRecovery.Movement;
import org.lacrima.validation.episode.WristMovementRecovery.MovementClass;

/**
 * Measurement, off unless {@code -Dlacrima.probe=true}: how the heart and the pulse wave behave after movement
 * stretches of each duration and intensity on the real WESAD E4 recordings ({@link WristMovementRecovery}), read in
 * place. The numbers are recorded in docs/DETECTOR-HISTORY.md (9th session, "settle").
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class WristMovementRecoveryProbeTest {
    private static final List<MovementClass> CLASSES = List.of(
            new MovementClass("1-5 s", 0, 5, 0, 1e9),
            new MovementClass("5-15 s", 5, 15, 0, 1e9),
            new MovementClass("15-30 s, < 45 mg", 15, 30, 0, 45),
            new MovementClass("15-30 s, >= 45 mg", 15, 30, 45, 1e9),
            new MovementClass("30-60 s, < 45 mg", 30, 60, 0, 45),
            new MovementClass("30-60 s, >= 45 mg", 30, 60, 45, 1e9),
            new MovementClass(">= 60 s, < 45 mg", 60, 1e9, 0, 45),
            new MovementClass(">= 60 s, >= 45 mg", 60, 1e9, 45, 1e9),
            new MovementClass(">= 15 s, all", 15, 1e9, 0, 1e9));

    @ParameterizedTest
    @ValueSource(strings = {"S2", "S4"})
    void heartAfterMovement(String subject) {
        Recording e4 = RealRecordings.read("wesad-e4/" + subject + "/" + subject + "_E4_Data");
        SessionAnalysis a = new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(true)).analyze(e4);
        List<Movement> movements = WristMovementRecovery.movements(e4);
        var pulse = WristMovementRecovery.pulseTrack(a);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "WESAD %s (%.0f s)%n", subject, e4.durationSec()));
        sb.append(WristMovementRecovery.census(movements));
        sb.append(String.format(Locale.ROOT, "quiet-second heart-rate coverage (hr index): %.3f%n",
                WristMovementRecovery.quietCoverage(a, WristMovementRecovery.moving(e4), 0, e4.durationSec())));
        sb.append(WristMovementRecovery.excursionTable("pipeline pulse HR (bpm)", movements, CLASSES, pulse, 8));
        sb.append(WristMovementRecovery.excursionTable("device HR.csv (bpm)", movements, CLASSES,
                WristMovementRecovery.deviceHr(e4), 8));
        sb.append(WristMovementRecovery.excursionTable("device IBI.csv (bpm)", movements, CLASSES,
                WristMovementRecovery.deviceIbi(e4), 5));
        sb.append(WristMovementRecovery.excursionTable("skin conductance as recorded (uS)", movements, CLASSES,
                WristMovementRecovery.eda(e4), 20));
        sb.append("indices: ").append(a.indices().stream().map(x -> x.name()).toList()).append('\n');
        sb.append(WristMovementRecovery.plausibilityTable("pipeline pulses", movements, pulse, 0, e4.durationSec()));
        sb.append(WristMovementRecovery.plausibilityTable("device IBI.csv", movements,
                WristMovementRecovery.deviceIbi(e4), 0, e4.durationSec()));
        System.out.print(sb);
        assertThat(movements).isNotEmpty();
    }
}
