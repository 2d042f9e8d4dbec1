package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.QualityIssue;

/** {@link HeartRecovery}: heart rate returns once it is back within its pre-movement spread, never later than the full recovery. */
class HeartRecoveryTest {
    private static final double RATE = 4;
    private static final double MOVE_FROM = 200;
    private static final double MOVE_TO = 230;
    private static final List<BadInterval> EXERTION = List.of(new BadInterval("movement", MOVE_FROM,
            MOVE_TO + ExertionDetector.RECOVERY_SEC, QualityIssue.EXERTION));

    /** 70 bpm with a 3-bpm respiratory swing and noise, plus {@code rise} bpm after the movement decaying with {@code tauSec}. */
    private static double[] heart(double rise, double tauSec) {
        Random random = new Random(7);
        double[] hr = new double[(int) (600 * RATE)];
        for (int i = 0; i < hr.length; i++) {
            double t = i / RATE;
            hr[i] = 70 + 3 * Math.sin(2 * Math.PI * t / 4) + random.nextGaussian();
            if (t >= MOVE_FROM) {
                hr[i] += t < MOVE_TO ? rise : rise * Math.exp(-(t - MOVE_TO) / tauSec);
            }
        }
        return hr;
    }

    /** The first second after the movement at which heart rate is shown again. */
    private static double shownAgainSec(boolean[] hidden) {
        for (int i = (int) (MOVE_TO * RATE); i < hidden.length; i++) {
            if (!hidden[i]) {
                return i / RATE;
            }
        }
        return Double.NaN;
    }

    @Test
    void aLightEffortThatBarelyMovedTheHeartIsOverAfterThePulseHasSettled() {
        boolean[] hidden = new HeartRecovery(RATE).hidden(heart(2, 15), 0, EXERTION);
        assertThat(shownAgainSec(hidden)).isBetween(MOVE_TO + HeartRecovery.SETTLE_SEC, MOVE_TO + 20);
        for (int i = (int) (MOVE_FROM * RATE); i < (int) (MOVE_TO * RATE); i++) {
            assertThat(hidden[i]).as("during the movement").isTrue();
        }
    }

    @Test
    void aWalksRiseIsHiddenUntilTheHeartIsBackAndNeverLongerThanTheFullRecovery() {
        // a 20-bpm rise decaying with 30 s is within about 3 bpm of rest after about a minute
        double back = shownAgainSec(new HeartRecovery(RATE).hidden(heart(20, 30), 0, EXERTION));
        assertThat(back).isBetween(MOVE_TO + 40, MOVE_TO + 80);
        // a heart that stays up (an effort whose rise outlasts the recovery) is hidden for the full recovery
        double never = shownAgainSec(new HeartRecovery(RATE).hidden(heart(20, 1e9), 0, EXERTION));
        assertThat(never).isEqualTo(MOVE_TO + ExertionDetector.RECOVERY_SEC);
    }

    @Test
    void withoutHeartRateBeforeTheMovementTheFullRecoveryStands() {
        double[] hr = heart(0, 1);
        Arrays.fill(hr, (int) ((MOVE_FROM - 25) * RATE), (int) (MOVE_FROM * RATE), Double.NaN);
        double back = shownAgainSec(new HeartRecovery(RATE).hidden(hr, 0, EXERTION));
        assertThat(back).isEqualTo(MOVE_TO + ExertionDetector.RECOVERY_SEC);
    }

    @Test
    void blocksOfAnyLengthGiveTheSameHeartRate() {
        double[] hr = heart(12, 25);
        boolean[] whole = new HeartRecovery(RATE).hidden(hr.clone(), 0, EXERTION);
        HeartRecovery fed = new HeartRecovery(RATE);
        boolean[] pieces = new boolean[hr.length];
        int step = (int) (10 * RATE) + 3;
        for (int from = 0; from < hr.length; from += step) {
            int to = Math.min(hr.length, from + step);
            boolean[] part = fed.hidden(Arrays.copyOfRange(hr, from, to), from, EXERTION);
            System.arraycopy(part, 0, pieces, from, part.length);
        }
        assertThat(pieces).isEqualTo(whole);
    }
}
