package org.lacrima.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.BaselineFinder;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.IncrementalEpisodeDetector;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.ecg.RPeaks;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.hrv.HrvAnalyzer;
import org.lacrima.core.hrv.HrvSummary;
import org.lacrima.core.hrv.NnResampler;
import org.lacrima.core.hrv.RrCorrection;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.hrv.RsaTrack;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot stages of a chest recording, one hour each (goals: R-peaks at 500 Hz ≤ 50 ms, EDA at
 * 32 Hz ≤ 20 ms). Each benchmark returns its result so the JIT cannot drop the work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChestStageBench {

    @Benchmark
    public RPeaks ecgRPeaks(ChestSession s) {
        return RPeakDetector.detect(s.ecg);
    }

    @Benchmark
    public RrCorrection rrCorrection(ChestSession s) {
        return RrCorrector.correct(s.rr);
    }

    @Benchmark
    public RsaTrack rsa(ChestSession s) {
        return RsaEstimator.estimate(s.nn, 0, s.endSec(), RsaEstimator.DEFAULT_WINDOW_SEC, s.breathOnsetsSec);
    }

    @Benchmark
    public RegularSeries heartRateGrid(ChestSession s) {
        return NnResampler.heartRateBetween(s.nn, 0, s.endSec(), RsaEstimator.GRID_RATE_HZ);
    }

    @Benchmark
    public HrvSummary hrvSummary(ChestSession s) {
        return HrvAnalyzer.summarize(s.nn, 0, s.endSec());
    }

    @Benchmark
    public EdaResult edaDecompositionAndScrs(ChestSession s) {
        return new EdaAnalyzer().analyze(s.eda);
    }

    @Benchmark
    public RspResult respiration(ChestSession s) {
        return new RespirationAnalyzer().analyze(s.rsp);
    }

    /** Baseline search, S/P axes, episode tracking and outcomes over the hour's 4 Hz indices. */
    @Benchmark
    public List<Episode> episodeDetector(ChestIndices in) {
        IncrementalEpisodeDetector detector = new IncrementalEpisodeDetector(in.rateHz, in.options.detector(),
                in.options.interventionPolicy(), BaselineFinder.defaults(), in.options.baseline());
        detector.addEvents(in.events);
        detector.advance(in.indices, in.length);
        detector.finish(in.indices, in.length);
        return detector.episodes();
    }

    /**
     * The live feed: the same hour delivered in one-second chunks, as a streaming device sends it. The ECG
     * runs through one R-peak detector from block to block; RR correction, RSA, EDA and respiration still
     * re-run over each 10 s block with its context, so this costs about twice the one-chunk analysis; per
     * second of recording it is what the live view spends. The chunks are cut from {@link ChestSession#feed}
     * (no reference beats), so the feeder's slicing is not timed as the analyzer's work.
     */
    @Benchmark
    public SessionAnalysis liveAnalyzerOneSecondChunks(ChestSession s) {
        LiveAnalyzer live = new LiveAnalyzer(s.feed.metadata(), AnalysisOptions.defaults());
        double end = s.endSec();
        for (double t = 0; t < end; t += 1) {
            live.accept(s.feed.slice(t, Math.min(end, t + 1)));
        }
        return live.finish();
    }

    /**
     * The file path of {@code analyze}: the same hour read in one-minute chunks, as {@code RecordingReaders.open}
     * delivers it, into the file analyzer, which processes it once its window is full or the file ends.
     */
    @Benchmark
    public SessionAnalysis fileAnalyzerOneMinuteChunks(ChestSession s) {
        LiveAnalyzer file = LiveAnalyzer.forFile(s.feed.metadata(), AnalysisOptions.defaults());
        double end = s.endSec();
        for (double t = 0; t < end; t += 60) {
            file.accept(s.feed.slice(t, Math.min(end, t + 60)));
        }
        return file.finish();
    }

    /** The whole analysis of the in-memory recording: every stage above plus the grid and the detector. */
    @Benchmark
    public SessionAnalysis sessionAnalyzer(ChestSession s) {
        return new SessionAnalyzer().analyze(s.recording);
    }
}
