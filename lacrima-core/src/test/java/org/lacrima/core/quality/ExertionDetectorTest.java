package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExertionDetectorTest {
    private static BadInterval moving(double from, double to) {
        return new BadInterval("ACC", from, to, QualityIssue.MOTION);
    }

    @Test
    void gesturesPostureShiftsAndStartlesAreNoExertion() {
        List<BadInterval> moves = List.of(moving(10, 11.5), moving(40, 44), moving(70, 70.8), moving(100, 102.5));
        assertThat(ExertionDetector.detect(moves, "movement")).isEmpty();
    }

    @Test
    void aWalkIsExertionUntilTheHeartHasRecovered() {
        List<BadInterval> exertion = ExertionDetector.detect(List.of(moving(5, 6), moving(300, 390)), "movement");
        assertThat(exertion).containsExactly(new BadInterval("movement", 300, 390 + ExertionDetector.RECOVERY_SEC,
                QualityIssue.EXERTION));
    }

    @Test
    void shortPausesDoNotSplitAWalkButLongOnesDo() {
        // steps in 4-second pieces with 2-second stops (a door, a turn): one walk of 60 s
        List<BadInterval> pieces = new ArrayList<>();
        for (double t = 100; t < 160; t += 6) {
            pieces.add(moving(t, t + 4));
        }
        assertThat(ExertionDetector.detect(pieces, "movement")).singleElement()
                .satisfies(b -> assertThat(b.startSec()).isEqualTo(100));
        // the same pieces with 10-second pauses: fidgeting, never 15 s of movement together
        List<BadInterval> fidgets = new ArrayList<>();
        for (double t = 100; t < 200; t += 14) {
            fidgets.add(moving(t, t + 4));
        }
        assertThat(ExertionDetector.detect(fidgets, "movement")).isEmpty();
    }
}
