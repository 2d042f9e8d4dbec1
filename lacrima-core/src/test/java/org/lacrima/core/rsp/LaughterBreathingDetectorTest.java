package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/** Laughter told from quiet breathing, sobbing, talking and sighs, on hand-built belts. */
class LaughterBreathingDetectorTest {
    @ParameterizedTest(name = "seed {0}, {1} Hz belt, pulses {2} Hz, {3} exhalations")
    @CsvSource({"1,25,4.5,3", "2,25,3.7,1", "3,50,5.8,5", "4,100,4.2,2", "5,25,5.0,4"})
    void aLaughBetweenQuietBreathingIsFound(long seed, double rateHz, double pulseHz, int exhalations) {
        BeltTrain belt = new BeltTrain(seed, rateHz, 0.02).quiet(20);
        double laughFrom = belt.nowSec();
        belt.laugh(exhalations, pulseHz);
        double laughTo = belt.nowSec();
        belt.quiet(20);

        List<BadInterval> found = detect(belt.channel());

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.LAUGHTER);
            // from a laugh exhalation that the breath detector resolves (it may take a short one for part of a breath)
            assertThat(b.startSec()).isBetween(laughFrom - 5, laughTo - 2);
            assertThat(b.endSec()).isBetween(laughTo - 4, laughTo);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sobbingTalkingAndASighAreNotLaughter(long seed) {
        Channel belt = new BeltTrain(seed, 25, 0.03).quiet(15).sobs(40).quiet(15).speech(12).quiet(15).sigh()
                .quiet(15).channel();

        assertThat(detect(belt)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void onABeltTooSlowForThePulsesOneLaughExhalationIsNotEnoughAndTwoAre(long seed) {
        Channel one = new BeltTrain(seed, 10, 0.02).quiet(20).laugh(1, 4.5).quiet(20).channel();
        Channel three = new BeltTrain(seed, 10, 0.02).quiet(20).laugh(3, 4.5).quiet(20).channel();

        assertThat(detect(one)).isEmpty();
        assertThat(detect(three)).singleElement().extracting(BadInterval::reason).isEqualTo(QualityIssue.LAUGHTER);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aFallBelowFrcWithoutPulsesIsNotLaughterOnAFastBelt(long seed) {
        // a deep forced exhalation and refill, smooth: the volume pattern of a laugh, but no "ha" pulses
        Channel belt = new BeltTrain(seed, 25, 0.02).quiet(20).laugh(3, 0).quiet(20).channel();

        assertThat(detect(belt)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aDropoutOfTheBeltSpoilsOnlyTheLevelsItTouches(long seed) {
        BeltTrain train = new BeltTrain(seed, 25, 0.02).quiet(30);
        double laughFrom = train.nowSec();
        Channel whole = train.laugh(3, 4.5).quiet(20).channel();
        double[] x = whole.values().toArray();
        // half a second of dropout ten seconds in, a minute's reference before the laugh still holds five breaths after it
        for (int k = 250; k < 262; k++) {
            x[k] = Double.NaN;
        }
        Channel withGap = Channel.regular("RSP", whole.type(), whole.unit(), whole.rateHz(), 0, Samples.wrap(x));

        assertThat(LaughterBreathingDetector.detect(withGap, new RespirationAnalyzer().analyze(whole).breaths()))
                .singleElement().satisfies(b -> assertThat(b.startSec()).isGreaterThan(laughFrom - 5));
    }

    /**
     * A live feed reads each breath's levels once and keeps them for the later, overlapping windows; the stretches found
     * in every window are those found without the memo.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void breathLevelsKeptBetweenOverlappingWindowsChangeNothing(long seed) {
        BeltTrain train = new BeltTrain(seed, 50, 0.02).quiet(70);
        for (int i = 0; i < 4; i++) {
            train.laugh(1 + (int) (seed + i) % 4, 4.0 + i * 0.4).quiet(40).speech(10).quiet(50);
        }
        Channel belt = train.channel();
        List<Breath> breaths = new RespirationAnalyzer().analyze(belt).breaths();
        LaughterBreathingDetector.Memo memo = new LaughterBreathingDetector.Memo();
        int windowsWithLaughter = 0;
        for (double from = 0; from + 150 <= belt.length() / belt.rateHz(); from += 10) {
            Channel window = belt.slice(from, from + 150);
            double start = from;
            List<Breath> inWindow = breaths.stream()
                    .filter(b -> b.onsetSec() >= start + 1 && b.onsetSec() < start + 148).toList();
            List<BadInterval> plain = LaughterBreathingDetector.detect(window, inWindow);
            assertThat(LaughterBreathingDetector.detect(window, inWindow, memo)).as("window from %s s", from)
                    .isEqualTo(plain);
            windowsWithLaughter += plain.isEmpty() ? 0 : 1;
        }
        assertThat(windowsWithLaughter).isPositive();
    }

    private static List<BadInterval> detect(Channel belt) {
        return LaughterBreathingDetector.detect(belt, new RespirationAnalyzer().analyze(belt).breaths());
    }
}
