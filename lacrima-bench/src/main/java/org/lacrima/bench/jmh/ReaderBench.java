package org.lacrima.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.csv.CsvRecordingReader;
import org.lacrima.io.edf.EdfReader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-file reading of the one-hour chest session (EDF goal: ≥ 200 MB/s; CSV is text, several times larger per sample). Throughput mode, so
 * the {@code megabytes} counter JMH prints next to each result is the read rate in MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReaderBench {

    /** Megabytes read, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Benchmark
    public ReadResult edf(RecordingFiles files, Bytes bytes) throws IOException {
        bytes.megabytes += files.edfMegabytes;
        return EdfReader.read(files.edf, ChannelTyping.byLabel());
    }

    @Benchmark
    public ReadResult csv(RecordingFiles files, Bytes bytes) throws IOException {
        bytes.megabytes += files.csvMegabytes;
        return CsvRecordingReader.read(files.csv, ReadOptions.defaults());
    }
}
