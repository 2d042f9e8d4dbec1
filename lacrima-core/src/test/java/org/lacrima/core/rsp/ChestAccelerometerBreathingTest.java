package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChestAccelerometerBreathingTest {
    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    private static Recording chestSession(long seed) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(30 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class))
                .withEpisodes(EpisodeSpec.parseList(List.of("resolved"))).toBuilder().conversation(true).build();
        return SessionSimulator.simulate(cfg).recording();
    }

    private static List<Breath> derivedBreaths(Recording r) {
        List<Channel> acc = r.channels(ChannelType.ACC);
        ChestAccelerometerBreathing deriver = new ChestAccelerometerBreathing(acc.get(0).rateHz());
        double[][] axes = acc.stream().map(c -> c.values().toArray()).toArray(double[][]::new);
        Channel rsp = deriver.channel(deriver.next(axes), acc.get(0).startOffsetSec());
        return new RespirationAnalyzer().analyze(rsp).breaths();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theChestStrapsTiltFindsTheBeltsBreaths(long seed) {
        Recording r = chestSession(seed);
        List<Breath> belt = new RespirationAnalyzer().analyze(r.firstChannel(ChannelType.RSP).orElseThrow()).breaths();
        List<Breath> derived = derivedBreaths(r);
        if (System.getenv("DUMP") != null) {
            try {
                List<Channel> acc = r.channels(ChannelType.ACC);
                ChestAccelerometerBreathing deriver = new ChestAccelerometerBreathing(acc.get(0).rateHz());
                double[][] axes = acc.stream().map(c -> c.values().toArray()).toArray(double[][]::new);
                double[] y = deriver.next(axes);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < y.length; i++) sb.append(axes[0][i]).append(',').append(axes[1][i]).append(',').append(axes[2][i]).append(',').append(y[i]).append('\n');
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/acc" + seed + ".csv"), sb);
                double[] b = r.firstChannel(ChannelType.RSP).orElseThrow().values().toArray();
                sb = new StringBuilder();
                for (double v : b) sb.append(v).append('\n');
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/belt" + seed + ".csv"), sb);
            } catch (java.io.IOException e) { throw new RuntimeException(e); }
        }
        long matched = belt.stream().filter(b -> derived.stream()
                .anyMatch(d -> Math.abs(d.onsetSec() - b.onsetSec()) < 0.6)).count();
        List<BadInterval> beltSpeech = SpeechBreathingDetector.detect(belt, "belt");
        List<BadInterval> accSpeech = SpeechBreathingDetector.detect(derived, "acc");
        System.out.printf(Locale.ROOT, "seed %d: belt %d breaths, derived %d, matched %.3f; speech belt %.0f s, acc %.0f s, both %.0f s%n",
                seed, belt.size(), derived.size(), matched / (double) belt.size(), total(beltSpeech), total(accSpeech),
                overlap(beltSpeech, accSpeech));
        if (System.getenv("DUMP") != null) {
            System.out.println("  Ti/Ttot in belt speech: belt " + fractions(belt, beltSpeech) + " derived " + fractions(derived, beltSpeech));
        }
        assertThat(matched).isGreaterThan(belt.size() * 8L / 10);
    }

    private static String fractions(List<Breath> breaths, List<BadInterval> within) {
        java.util.List<Double> f = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < breaths.size(); i++) {
            Breath b = breaths.get(i);
            if (within.stream().anyMatch(w -> b.onsetSec() >= w.startSec() && b.onsetSec() < w.endSec())) {
                f.add((b.peakSec() - b.onsetSec()) / (breaths.get(i + 1).onsetSec() - b.onsetSec()));
            }
        }
        java.util.Collections.sort(f);
        return f.isEmpty() ? "-" : String.format(Locale.ROOT, "n=%d q25=%.2f med=%.2f q75=%.2f", f.size(), f.get(f.size() / 4), f.get(f.size() / 2), f.get(3 * f.size() / 4));
    }

    private static double total(List<BadInterval> xs) {
        return xs.stream().mapToDouble(b -> b.endSec() - b.startSec()).sum();
    }

    private static double overlap(List<BadInterval> a, List<BadInterval> b) {
        double sum = 0;
        for (BadInterval x : a) {
            for (BadInterval y : b) {
                sum += Math.max(0, Math.min(x.endSec(), y.endSec()) - Math.max(x.startSec(), y.startSec()));
            }
        }
        return sum;
    }
}
