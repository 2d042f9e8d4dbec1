package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.grid.GridBuffer;

/** Robust z against the baseline, floors, missing components and per-channel scores. */
class AxisScorerTest {
    /** The analysis grid's rate: {@link AxisScorer#HOLD_SEC} is 120 grid points. */
    private static final double RATE_HZ = 4;

    /** 0..19 the baseline, then the values under test. */
    private static GridBuffer series(double[] baseline, double... after) {
        GridBuffer b = GridBuffer.of(baseline);
        for (double x : after) {
            b.add(x);
        }
        return b;
    }

    private static double[] around(double centre, double halfRange) {
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = centre + halfRange * (i % 5 - 2) / 2.0;
        }
        return x;
    }

    @Test
    void aValueIsItsDistanceFromTheBaselineMedianInBaselineSpreads() {
        // heart rate 70 ± 4 bpm in the baseline: MAD 2 -> spread 2.97 bpm, over the 2 bpm floor
        Map<String, GridBuffer> indices = Map.of("hr", series(around(70, 4), 79.0));
        AxisScorer s = AxisScorer.fit(List.of(AxisComponent.SYMPATHETIC.get(2)), indices, 0, 20, RATE_HZ);

        assertThat(s.score(indices, 20)).isCloseTo(9 / (1.4826 * 2), within(1e-9));
        assertThat(s.evidence()).containsExactly("HR");
    }

    /**
     * A sob burst counts its convulsive inspirations as breaths: 15 -> 45 a minute is 30 floor spreads, bounded at
     * {@link AxisComponent#BREATHING_RATE_MAX_Z}, so with heart rate 2 z up S is (2 + 0.5 x 5) / 1.5, not
     * (2 + 0.5 x 30) / 1.5; a slower breath is bounded alike, heart rate is not.
     */
    @Test
    void theBreathingRateCountsAtMostFiveSpreadsInS() {
        Map<String, GridBuffer> indices = Map.of("hr", series(around(70, 0), 74.0, 100.0),
                "breathingRate", series(around(15, 0), 45.0, 0.0));
        AxisScorer s = AxisScorer.fit(List.of(AxisComponent.SYMPATHETIC.get(2), AxisComponent.SYMPATHETIC.get(3)),
                indices, 0, 20, RATE_HZ);

        assertThat(s.channelScore(indices, 20, "RSP")).isEqualTo(AxisComponent.BREATHING_RATE_MAX_Z);
        assertThat(s.score(indices, 20)).isCloseTo((2 + 0.5 * 5) / 1.5, within(1e-9));
        assertThat(s.channelScore(indices, 21, "RSP")).isEqualTo(-AxisComponent.BREATHING_RATE_MAX_Z);
        assertThat(s.channelScore(indices, 21, "HR")).isCloseTo(15, within(1e-9));
    }

    @Test
    void aVeryQuietBaselineIsMeasuredAgainstTheFloor() {
        // skin conductance 5 µS, flat: the floor max(0.1 µS, 10 % of 5 µS) = 0.5 µS is the unit
        Map<String, GridBuffer> indices = Map.of("scl", series(around(5, 0), 6.0));
        AxisScorer s = AxisScorer.fit(List.of(AxisComponent.SYMPATHETIC.get(0)), indices, 0, 20, RATE_HZ);

        assertThat(s.score(indices, 20)).isCloseTo(2, within(1e-9));
    }

    @Test
    void aMissingComponentLowersTheQualityAndCountsWithItsLastValueWhileAnotherIsMeasured() {
        Map<String, GridBuffer> indices = Map.of("scl", series(around(5, 0), 6.0, 6.0, Double.NaN),
                "hr", series(around(70, 0), 76.0, Double.NaN, Double.NaN));
        AxisScorer s = AxisScorer.fit(AxisComponent.SYMPATHETIC, indices, 0, 20, RATE_HZ);

        assertThat(s.score(indices, 20)).as("scl 2 z and hr 3 z, equal weights").isCloseTo(2.5, within(1e-9));
        assertThat(s.score(indices, 21)).as("hr blanked after measured throughout: its last 3 z still counts, no step")
                .isCloseTo(2.5, within(1e-9));
        assertThat(s.score(indices, 22)).as("nothing measured: no axis value made of held ones").isNaN();
        assertThat(s.quality(indices, 20)).isEqualTo(1);
        assertThat(s.quality(indices, 21)).isEqualTo(0.5);
        assertThat(s.channelScore(indices, 20, "HR")).isCloseTo(3, within(1e-9));
        assertThat(s.channelScore(indices, 21, "HR")).as("no held value is evidence of the channel").isNaN();
        assertThat(s.indexNames()).containsExactly("scl", "hr");
    }

    /**
     * Blanks of 1 to 200 grid points (seeded) after half a minute measured: held for {@link AxisScorer#HOLD_SEC},
     * dropped from the mean after.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aComponentMissingLongerThanTheHoldDropsOutOfTheMean(long seed) {
        Random random = new Random(seed);
        int blank = 1 + random.nextInt(200);
        double hrBefore = 70 + 20 * random.nextDouble();
        int hold = (int) Math.round(AxisScorer.HOLD_SEC * RATE_HZ);
        GridBuffer scl = series(around(5, 0));
        GridBuffer hr = series(around(70, 0));
        for (int i = 0; i < hold + blank; i++) {
            scl.add(6.0);
            hr.add(i < hold ? hrBefore : Double.NaN);
        }
        Map<String, GridBuffer> indices = Map.of("scl", scl, "hr", hr);
        AxisScorer s = AxisScorer.fit(AxisComponent.SYMPATHETIC, indices, 0, 20, RATE_HZ);
        double hrZ = (hrBefore - 70) / 2.0;
        int lastMeasured = 20 + hold - 1;

        for (int k = lastMeasured + 1; k <= lastMeasured + blank; k++) {
            double expected = k - lastMeasured <= hold ? (2 + hrZ) / 2 : 2;
            assertThat(s.score(indices, k)).as("grid point %d of a %d-point blank", k - lastMeasured, blank)
                    .isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void invertedHeartRateIsTheFallbackParasympatheticAxis() {
        Map<String, GridBuffer> indices = Map.of("hr", series(around(70, 0), 66.0));
        AxisScorer p = AxisScorer.fit(AxisComponent.PARASYMPATHETIC, indices, 0, 20, RATE_HZ);
        AxisScorer fallback = AxisScorer.fit(AxisComponent.PARASYMPATHETIC_FROM_HR, indices, 0, 20, RATE_HZ);

        assertThat(p.isEmpty()).isTrue();
        assertThat(fallback.score(indices, 20)).as("a slower heart is more vagal tone").isCloseTo(2, within(1e-9));
    }

    @Test
    void aComponentWithTooLittleBaselineIsLeftOut() {
        double[] sparse = around(5, 1);
        for (int i = 0; i < 12; i++) {
            sparse[i] = Double.NaN;
        }
        Map<String, GridBuffer> indices = Map.of("scl", series(sparse, 6.0));

        assertThat(AxisScorer.fit(AxisComponent.SYMPATHETIC, indices, 0, 20, RATE_HZ).isEmpty()).isTrue();
    }
}
