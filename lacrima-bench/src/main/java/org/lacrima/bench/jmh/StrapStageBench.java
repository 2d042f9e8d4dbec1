package org.lacrima.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.quality.GaitTracker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of a one-hour chest strap recording with its accelerometer (a Polar H10): the accelerometer's gait
 * windows, whose spectra were most of its analysis, and the whole analysis.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class StrapStageBench {

    @Benchmark
    public GaitTracker accelerometerGait(StrapSession s) {
        GaitTracker gait = new GaitTracker(s.accRateHz, 0, s.units);
        gait.accept(s.axes, java.util.Arrays.stream(s.axes).mapToInt(a -> a.length).min().orElse(0));
        return gait;
    }

    @Benchmark
    public SessionAnalysis sessionAnalyzer(StrapSession s) {
        return new SessionAnalyzer().analyze(s.recording);
    }
}
