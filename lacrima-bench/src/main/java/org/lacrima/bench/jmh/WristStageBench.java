package org.lacrima.bench.jmh;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.ppg.PulsePeaks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The stages of a one-hour wrist recording: pulse peaks, 4 Hz EDA with motion from ACC, the whole analysis. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class WristStageBench {

    @Benchmark
    public PulsePeaks ppgPulsePeaks(WristSession s) {
        return PulsePeakDetector.detect(s.ppg);
    }

    @Benchmark
    public Optional<EdaResult> edaWithMotion(WristSession s) {
        return new EdaAnalyzer(EdaConfig.wrist()).analyze(s.recording);
    }

    @Benchmark
    public SessionAnalysis sessionAnalyzer(WristSession s) {
        return new SessionAnalyzer().analyze(s.recording);
    }
}
