package org.lacrima.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Medians over the measured runs of one session.
 *
 * @param runs          number of measured runs
 * @param wallSec       median wall-clock seconds
 * @param cpuSec        median CPU seconds of the analysing thread (JIT and GC threads not included)
 * @param allocatedMb   median megabytes allocated by the analysing thread per run
 * @param peakHeapMb    median peak of heap use above the settled baseline, megabytes; includes
 *                      garbage not yet collected, so it depends on the collector's sizing
 * @param loadAverage   the machine's one-minute load average at the end of the runs
 * @param stageWallMs   median wall milliseconds per stage
 * @param stageCpuMs    median CPU milliseconds per stage
 */
public record RunStats(int runs, double wallSec, double cpuSec, double allocatedMb, double peakHeapMb,
                       double loadAverage, Map<String, Double> stageWallMs, Map<String, Double> stageCpuMs) {

    /** Collects one value per run and per stage, then gives their medians. */
    static final class Builder {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();
        private final List<Double> allocated = new ArrayList<>();
        private final List<Double> peak = new ArrayList<>();
        private final Map<String, List<Double>> stageWall = new LinkedHashMap<>();
        private final Map<String, List<Double>> stageCpu = new LinkedHashMap<>();

        void add(double wallSec, double cpuSec, double allocatedMb, double peakHeapMb, StageLaps laps) {
            wall.add(wallSec);
            cpu.add(cpuSec);
            allocated.add(allocatedMb);
            peak.add(peakHeapMb);
            laps.laps().forEach((stage, lap) -> {
                stageWall.computeIfAbsent(stage, k -> new ArrayList<>()).add(lap.wallNanos() / 1e6);
                stageCpu.computeIfAbsent(stage, k -> new ArrayList<>()).add(lap.cpuNanos() / 1e6);
            });
        }

        RunStats build(double loadAverage) {
            return new RunStats(wall.size(), median(wall), median(cpu), median(allocated), median(peak), loadAverage,
                    medians(stageWall), medians(stageCpu));
        }

        private static Map<String, Double> medians(Map<String, List<Double>> perStage) {
            Map<String, Double> out = new LinkedHashMap<>();
            perStage.forEach((stage, values) -> out.put(stage, median(values)));
            return out;
        }
    }

    /** Median of {@code values}; the mean of the middle two for an even count, NaN when empty. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
