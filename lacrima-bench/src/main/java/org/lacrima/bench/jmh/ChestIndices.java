package org.lacrima.bench.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lacrima.bench.BenchSessions;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 4 Hz indices of a simulated chest session, as the session analyzer computes them, so the
 * episode detector can be timed on its own. The detector only reads them.
 */
@State(Scope.Benchmark)
public class ChestIndices {
    /** The indices the detector scores (see {@code AxisComponent}) plus "irregularity". */
    private static final List<String> DETECTOR_INPUTS = Stream.of(Index.HR, Index.RSA, Index.SCL, Index.SCR_RATE,
            Index.SCR_AMPLITUDE, Index.BREATHING_RATE, Index.IRREGULARITY).map(Index::key).toList();

    @Param("60")
    public double minutes;

    public Map<String, GridBuffer> indices;
    public int length;
    public List<Event> events;
    public AnalysisOptions options = AnalysisOptions.defaults();
    public double rateHz = LiveAnalyzer.GRID_RATE_HZ;

    @Setup(Level.Trial)
    public void analyze() {
        Recording recording = BenchSessions.chest(minutes).recording();
        SessionAnalysis analysis = new SessionAnalyzer(options).analyze(recording);
        events = recording.events();
        indices = new LinkedHashMap<>();
        for (String name : DETECTOR_INPUTS) {
            analysis.index(name).ifPresent(series -> {
                indices.put(name, GridBuffer.of(series.values().toArray()));
                length = Math.max(length, series.values().length());
            });
        }
    }
}
