package org.lacrima.core.ecg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BeatMatchingTest {
    @Test
    void eachReferenceBeatTakesOneDetectionWithinTheWindow() {
        double[] reference = {1.0, 2.0, 3.0, 4.0};
        // 1.05 matches 1.0; 2.2 is too far from 2.0; 2.95 and 3.02 both near 3.0 but only one may count
        double[] detected = {1.05, 2.2, 2.95, 3.02, 4.1};

        BeatMatching m = BeatMatching.of(reference, detected, 0.15);

        assertThat(m.truePositives()).isEqualTo(3);
        assertThat(m.falseNegatives()).isEqualTo(1);
        assertThat(m.falsePositives()).isEqualTo(2);
        assertThat(m.sensitivityPercent()).isEqualTo(75.0);
        assertThat(m.positivePredictivityPercent()).isEqualTo(60.0);
    }
}
