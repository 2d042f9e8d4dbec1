package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The simulated chest device records a belt and a chest-worn accelerometer at once, so the breathing drawn from the
 * accelerometer's tilt can be held against the belt's: the same breaths, and the same talking, in a session with every
 * confounder (walks, shifts, startles, gestures) and the client talking through a third to three fifths of it.
 */
class ChestAccelerometerBreathingTest {
    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    private static Recording chestSession(long seed) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(30 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class))
                .withEpisodes(EpisodeSpec.parseList(List.of("resolved"))).withConversation(true);
        return SessionSimulator.simulate(cfg).recording();
    }

    private static double[][] axes(Recording r) {
        return r.channels(ChannelType.ACC).stream().map(c -> c.values().toArray()).toArray(double[][]::new);
    }

    private static Channel derived(Recording r) {
        Channel x = r.channels(ChannelType.ACC).get(0);
        ChestAccelerometerBreathing deriver = new ChestAccelerometerBreathing(x.rateHz());
        return deriver.channel(deriver.next(axes(r)), x.startOffsetSec());
    }

    private static List<Breath> breaths(Channel rsp) {
        return new RespirationAnalyzer().analyze(rsp).breaths();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTiltFindsMostOfTheBeltsBreathsTheRightWayUp(long seed) {
        Recording r = chestSession(seed);
        List<Breath> belt = breaths(r.firstChannel(ChannelType.RSP).orElseThrow());
        List<Breath> tilt = breaths(derived(r));
        // an inspiration's onset within 0.6 s: drawn upside down, the tilt's onsets would sit at the belt's crests
        long matched = belt.stream().filter(b -> tilt.stream()
                .anyMatch(d -> Math.abs(d.onsetSec() - b.onsetSec()) < 0.6)).count();
        assertThat((double) matched / belt.size()).as("belt breaths found in the tilt").isGreaterThan(0.7);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mostOfTheTalkingTheBeltSeesShowsInTheTilt(long seed) {
        Recording r = chestSession(seed);
        List<BadInterval> belt = SpeechBreathingDetector.detect(breaths(r.firstChannel(ChannelType.RSP).orElseThrow()),
                "belt");
        List<BadInterval> tilt = SpeechBreathingDetector.detect(breaths(derived(r)), "tilt");
        assertThat(overlapSec(belt, tilt)).as("seconds of the belt's speech the tilt shows too")
                .isGreaterThan(0.5 * totalSec(belt));
        assertThat(totalSec(tilt) - overlapSec(belt, tilt)).as("seconds of speech only the tilt shows")
                .isLessThan(0.35 * totalSec(belt));
    }

    @Test
    void aSessionFedInChunksGivesTheSignalOfItsWhole() {
        Recording r = chestSession(3);
        double[][] axes = axes(r);
        double[] whole = derived(r).values().toArray();
        ChestAccelerometerBreathing chunked = new ChestAccelerometerBreathing(r.channels(ChannelType.ACC).get(0).rateHz());
        double[] joined = new double[whole.length];
        int at = 0;
        java.util.Random rnd = new java.util.Random(3);
        while (at < whole.length) {
            int n = Math.min(whole.length - at, 1 + rnd.nextInt(400));
            double[][] part = new double[3][];
            for (int k = 0; k < 3; k++) {
                part[k] = java.util.Arrays.copyOfRange(axes[k], at, at + n);
            }
            System.arraycopy(chunked.next(part), 0, joined, at, n);
            at += n;
        }
        assertThat(joined).containsExactly(whole);
    }

    @Test
    void aSlowOrIncompleteAccelerometerCannotCarryTheBreath() {
        Recording r = chestSession(0);
        List<Channel> acc = r.channels(ChannelType.ACC);
        assertThat(ChestAccelerometerBreathing.canDerive(acc)).isTrue();
        assertThat(ChestAccelerometerBreathing.canDerive(acc.subList(0, 2))).isFalse();
        List<Channel> slow = acc.stream().map(c -> Channel.regular(c.label(), c.type(), c.unit(), 8, 0, c.values()))
                .toList();
        assertThat(ChestAccelerometerBreathing.canDerive(slow)).isFalse();
    }

    private static double totalSec(List<BadInterval> xs) {
        return xs.stream().mapToDouble(b -> b.endSec() - b.startSec()).sum();
    }

    private static double overlapSec(List<BadInterval> a, List<BadInterval> b) {
        double sum = 0;
        for (BadInterval x : a) {
            for (BadInterval y : b) {
                sum += Math.max(0, Math.min(x.endSec(), y.endSec()) - Math.max(x.startSec(), y.startSec()));
            }
        }
        return sum;
    }
}
