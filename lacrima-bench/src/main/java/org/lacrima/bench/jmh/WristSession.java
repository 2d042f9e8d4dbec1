package org.lacrima.bench.jmh;

import org.lacrima.bench.BenchSessions;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A simulated wrist session (BVP 64 Hz, EDA 4 Hz, ACC 32 Hz; fixed seed), generated once per trial. */
@State(Scope.Benchmark)
public class WristSession {
    @Param("60")
    public double minutes;

    public Recording recording;
    public Channel ppg;

    @Setup(Level.Trial)
    public void simulate() {
        recording = BenchSessions.wrist(minutes).recording();
        ppg = recording.firstChannel(ChannelType.PPG).orElseThrow();
    }
}
