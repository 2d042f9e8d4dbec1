package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talking's heart response in the simulator (ConfounderPlan#talkingHeart): a step within seconds of speech onset, back
 * within about a minute after speech ends (Lynch et al. 1980/1981; Linden 1987), of about 4–14 bpm on an emotional topic;
 * everyday talking keeps its 1–3 bpm.
 */
class TalkingHeartTest {

    /** Per talk: {heart rate over the last 20 s of speech minus the 30 s before onset, the same 60-90 s after its end}. */
    private static List<double[]> talkResponses(EpisodeVariety variety, ConfounderKind kind) {
        List<double[]> out = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            SimulationConfig cfg = SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(40 * 60)
                    .withVariety(variety).withConfounders(EnumSet.of(kind)).withEpisodes(List.of());
            GroundTruth truth = SessionSimulator.simulate(cfg).truth();
            double[] beats = truth.beatTimesSec().toArray();
            List<Confounder> talks = truth.confounders().stream().filter(c -> c.kind() == kind).toList();
            for (int k = 0; k < talks.size(); k++) {
                Confounder c = talks.get(k);
                boolean clearAfter = k + 1 == talks.size() || talks.get(k + 1).startSec() > c.endSec() + 100;
                boolean clearBefore = k == 0 || talks.get(k - 1).endSec() < c.startSec() - 100;
                if (c.startSec() < 40 || c.endSec() + 100 > cfg.durationSec() || !clearAfter || !clearBefore) {
                    continue;
                }
                double before = meanBpm(beats, c.startSec() - 30, c.startSec());
                double during = meanBpm(beats, c.endSec() - 20, c.endSec());
                double after = meanBpm(beats, c.endSec() + 60, c.endSec() + 90);
                out.add(new double[] {during - before, after - before});
            }
        }
        return out;
    }

    private static double meanBpm(double[] beats, double from, double to) {
        int n = 0;
        double sum = 0;
        for (int i = 1; i < beats.length; i++) {
            if (beats[i] >= from && beats[i] < to) {
                sum += 60 / (beats[i] - beats[i - 1]);
                n++;
            }
        }
        return sum / n;
    }

    private static double quantile(List<double[]> rows, int col, double q) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return v[(int) Math.round(q * (v.length - 1))];
    }

    @Test
    void emotionalTalkingRaisesHeartRateByUpToAFifthAndItFallsBackWithinAboutAMinute() {
        List<double[]> talks = talkResponses(EpisodeVariety.WIDE, ConfounderKind.EMOTIONAL_TALKING);
        assertThat(talks).hasSizeGreaterThan(30);
        // about 4-14 bpm: up to a fifth of a resting 70 bpm
        assertThat(quantile(talks, 0, 0.9)).isBetween(8.0, 16.0);
        assertThat(quantile(talks, 0, 0.5)).isBetween(4.0, 11.0);
        assertThat(quantile(talks, 0, 0.1)).isGreaterThan(2.0);
        // 60-90 s after speech ends the heart is back near its rate before
        assertThat(Math.abs(quantile(talks, 1, 0.5))).isLessThan(1.5);
    }

    @Test
    void everydayTalkingKeepsItsSmallRise() {
        List<double[]> talks = talkResponses(EpisodeVariety.WIDE, ConfounderKind.TALKING);
        assertThat(talks).hasSizeGreaterThan(60);
        assertThat(quantile(talks, 0, 0.9)).isLessThan(6.0);
    }
}
