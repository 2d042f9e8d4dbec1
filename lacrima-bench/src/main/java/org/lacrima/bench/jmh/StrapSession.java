package org.lacrima.bench.jmh;

import java.util.List;
import org.lacrima.bench.BenchSessions;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A simulated chest strap session (RR intervals, 3-axis ACC 50 Hz; fixed seed), generated once per trial. */
@State(Scope.Benchmark)
public class StrapSession {
    @Param("60")
    public double minutes;

    public Recording recording;
    /** The accelerometer's axes, one array each. */
    public double[][] axes;
    public List<String> units;
    public double accRateHz;

    @Setup(Level.Trial)
    public void simulate() {
        recording = BenchSessions.strap(minutes).recording();
        List<Channel> acc = recording.channels(ChannelType.ACC);
        axes = acc.stream().map(a -> a.values().toArray()).toArray(double[][]::new);
        units = acc.stream().map(Channel::unit).toList();
        accRateHz = acc.get(0).rateHz();
    }
}
