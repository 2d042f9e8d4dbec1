package org.lacrima.bench.jmh;

import org.lacrima.bench.BenchSessions;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A simulated chest session (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz; fixed seed), generated once per
 * trial, with the intermediate results each later stage consumes computed up front so a benchmark
 * times only its own stage.
 */
@State(Scope.Benchmark)
public class ChestSession {
    /** Session length in minutes; the stage goals are stated for one hour. */
    @Param("60")
    public double minutes;

    public Recording recording;
    /**
     * The recording as a device or file delivers it: without the simulator's reference beats, which
     * {@link Recording#slice} would otherwise filter for every chunk (a feeder's cost, not the analyzer's).
     */
    public Recording feed;
    public Channel ecg;
    public Channel eda;
    public Channel rsp;
    /** R-peak times in seconds, as the ECG stage finds them. */
    public Samples beatsSec;
    /** RR intervals from {@link #beatsSec}, before artefact correction. */
    public RrSeries rr;
    /** Artefact-corrected NN intervals. */
    public RrSeries nn;
    /** Breath onsets in seconds, for the breathing-aware RSA band. */
    public Samples breathOnsetsSec;

    @Setup(Level.Trial)
    public void simulate() {
        recording = BenchSessions.chest(minutes).recording();
        feed = new Recording(recording.metadata(), recording.channels(), recording.events());
        ecg = recording.firstChannel(ChannelType.ECG).orElseThrow();
        eda = recording.firstChannel(ChannelType.EDA).orElseThrow();
        rsp = recording.firstChannel(ChannelType.RSP).orElseThrow();
        beatsSec = RPeakDetector.detect(ecg).timesSec();
        rr = RrSeries.fromBeats(beatsSec);
        nn = RrCorrector.correct(rr).nn();
        breathOnsetsSec = Samples.wrap(new RespirationAnalyzer().analyze(rsp).onsetsSec());
    }

    /** End of the session in seconds. */
    public double endSec() {
        return recording.durationSec();
    }
}
